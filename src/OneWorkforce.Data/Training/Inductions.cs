using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Validation;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data.Audit;

namespace OneWorkforce.Data.Training;

/// <summary>One person in post and where their induction has got to, for a manager's team list.</summary>
public sealed record TeamInduction(Worker Person, int SignedOff, int Total, InductionCompletion? Completion)
{
    public string Status => new InductionProgress(Total, SignedOff, [], Completion).Status;
}

/// <summary>A certificate of a completed induction, as anyone with its code sees it.</summary>
public sealed record InductionCertificate(string Code, string Name, string OrganisationName, DateOnly CompletedOn, IReadOnlyList<string> Standards);

/// <summary>
/// The common induction: each area's checklist (the default until its lead changes it), managers signing off each
/// standard for a new worker, and completion with a certificate, which marks the worker's induction completed for the
/// workforce reports. Every change is audited.
/// </summary>
public sealed class Inductions(OneWorkforceDbContext db, AuditLog audit, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The area's checklist in order (retired standards too, for reading old sign-offs); the defaults are put in place the first time.</summary>
    public async Task<List<InductionStandard>> ChecklistAsync(int areaId, CancellationToken cancellationToken = default)
    {
        var standards = await db.InductionStandards.AsNoTracking().Where(s => s.AreaId == areaId).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        if (standards.Count > 0)
        {
            return standards;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var defaults = InductionChecklist.Defaults.Select((d, i) => new InductionStandard
        {
            AreaId = areaId, Position = i + 1, Title = d.Title, Description = d.Description, CommonCoreArea = d.CommonCoreArea, CreatedAt = now,
        }).ToList();
        db.InductionStandards.AddRange(defaults);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request put the defaults in place at the same moment (the position is unique in an area): use theirs.
            db.ChangeTracker.Clear();
        }
        return await db.InductionStandards.AsNoTracking().Where(s => s.AreaId == areaId).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken);
    }

    public async Task<(InductionStandard? Added, FieldErrors Errors)> AddStandardAsync(int areaId, string? title, string? description, string? coreArea, CancellationToken cancellationToken = default)
    {
        var errors = InductionChecklist.Check(title, description, coreArea);
        var checklist = await ChecklistAsync(areaId, cancellationToken);
        if (!errors.Any && checklist.Any(s => !s.Retired && string.Equals(s.Title, title!.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add("Title", "The checklist already has a standard with this name");
        }
        if (errors.Any)
        {
            return (null, errors);
        }
        var standard = new InductionStandard
        {
            AreaId = areaId, Position = checklist.Count == 0 ? 1 : checklist.Max(s => s.Position) + 1, Title = title!.Trim(), Description = description!.Trim(),
            CommonCoreArea = string.IsNullOrEmpty(coreArea) ? null : int.Parse(coreArea, CultureInfo.InvariantCulture), CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.InductionStandards.Add(standard);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("induction-standard-add", "InductionStandard", standard.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["title"] = new(null, standard.Title) }, areaId);
        await db.SaveChangesAsync(cancellationToken);
        return (standard, errors);
    }

    /// <summary>Rewords a standard; sign-offs already made stay with it.</summary>
    public async Task<(InductionStandard? Changed, FieldErrors Errors)> RewordAsync(int areaId, int standardId, string? title, string? description, string? coreArea, CancellationToken cancellationToken = default)
    {
        var errors = InductionChecklist.Check(title, description, coreArea);
        var standard = await db.InductionStandards.SingleOrDefaultAsync(s => s.Id == standardId && s.AreaId == areaId && !s.Retired, cancellationToken);
        if (standard is null || errors.Any)
        {
            return (null, errors);
        }
        var before = standard.Title;
        standard.Title = title!.Trim();
        standard.Description = description!.Trim();
        standard.CommonCoreArea = string.IsNullOrEmpty(coreArea) ? null : int.Parse(coreArea, CultureInfo.InvariantCulture);
        audit.Record("induction-standard-change", "InductionStandard", standardId.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["title"] = new(before, standard.Title) }, areaId);
        await db.SaveChangesAsync(cancellationToken);
        return (standard, errors);
    }

    /// <summary>Takes a standard out of the checklist: nobody needs it from now on; inductions already completed stay completed.</summary>
    public async Task<bool> RetireAsync(int areaId, int standardId, CancellationToken cancellationToken = default)
    {
        var standard = await db.InductionStandards.SingleOrDefaultAsync(s => s.Id == standardId && s.AreaId == areaId && !s.Retired, cancellationToken);
        if (standard is null)
        {
            return false;
        }
        standard.Retired = true;
        audit.Record("induction-standard-retire", "InductionStandard", standardId.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["title"] = new(standard.Title, null) }, areaId);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Everyone in post in an organisation, with how far each has got; the newest starters first.</summary>
    public async Task<List<TeamInduction>> TeamAsync(int areaId, int organisationId, CancellationToken cancellationToken = default)
    {
        var today = Today;
        var inUse = (await ChecklistAsync(areaId, cancellationToken)).Where(s => !s.Retired).Select(s => s.Id).ToList();
        var people = await db.Workers.AsNoTracking()
            .Where(w => w.OrganisationId == organisationId && w.StartDate <= today && (w.LeavingDate == null || w.LeavingDate > today))
            .OrderByDescending(w => w.StartDate).ThenBy(w => w.StaffReference).ToListAsync(cancellationToken);
        var signed = await (from s in db.InductionSignOffs
                            join w in db.Workers on s.WorkerId equals w.Id
                            where w.OrganisationId == organisationId && inUse.Contains(s.StandardId)
                            group s by s.WorkerId into g
                            select new { WorkerId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.WorkerId, x => x.Count, cancellationToken);
        var completions = await db.InductionCompletions.AsNoTracking().Where(c => c.OrganisationId == organisationId).ToDictionaryAsync(c => c.WorkerId, cancellationToken);
        return people.Select(p => new TeamInduction(p, signed.GetValueOrDefault(p.Id), inUse.Count, completions.GetValueOrDefault(p.Id))).ToList();
    }

    /// <summary>One person's checklist with their sign-offs and completion.</summary>
    public async Task<(List<InductionStandard> Checklist, List<InductionSignOff> SignOffs, InductionCompletion? Completion)> PersonAsync(Worker person, CancellationToken cancellationToken = default)
    {
        var checklist = await ChecklistAsync(person.AreaId, cancellationToken);
        var signOffs = await db.InductionSignOffs.AsNoTracking().Where(s => s.WorkerId == person.Id).ToListAsync(cancellationToken);
        var completion = await db.InductionCompletions.AsNoTracking().SingleOrDefaultAsync(c => c.WorkerId == person.Id, cancellationToken);
        return (checklist, signOffs, completion);
    }

    /// <summary>Signs off one standard for a person; their induction is then in progress (for the workforce reports) until completed.</summary>
    public async Task<FieldErrors> SignOffAsync(Worker person, int standardId, DateOnly? signedOn, string? dateProblem, string? note, string userId, CancellationToken cancellationToken = default)
    {
        var errors = InductionChecklist.CheckSignOff(signedOn, dateProblem, note, person.StartDate, Today);
        var standard = await db.InductionStandards.AsNoTracking().SingleOrDefaultAsync(s => s.Id == standardId && s.AreaId == person.AreaId && !s.Retired, cancellationToken);
        if (standard is null)
        {
            return errors.Add("StandardId", "Choose a standard from this checklist");
        }
        if (await db.InductionCompletions.AnyAsync(c => c.WorkerId == person.Id, cancellationToken))
        {
            return errors.Add("StandardId", "This induction is already completed");
        }
        if (await db.InductionSignOffs.AnyAsync(s => s.WorkerId == person.Id && s.StandardId == standardId, cancellationToken))
        {
            return errors.Add("StandardId", $"'{standard.Title}' is already signed off");
        }
        if (errors.Any)
        {
            return errors;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.InductionSignOffs.Add(new InductionSignOff
        {
            WorkerId = person.Id, StandardId = standardId, SignedOn = signedOn!.Value, SignedByUserId = userId,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await SetInductionAsync(person.Id, "no", onlyIfBlank: true, cancellationToken);
        audit.Record("induction-sign-off", "Worker", person.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["standard"] = new(null, standard.Title), ["signed_on"] = new(null, signedOn.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) },
            person.AreaId, person.OrganisationId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return errors;
    }

    /// <summary>Takes back a sign-off made by mistake, while the induction is not yet completed.</summary>
    public async Task<bool> UndoAsync(Worker person, int standardId, CancellationToken cancellationToken = default)
    {
        if (await db.InductionCompletions.AnyAsync(c => c.WorkerId == person.Id, cancellationToken))
        {
            return false;
        }
        var signOff = await db.InductionSignOffs.SingleOrDefaultAsync(s => s.WorkerId == person.Id && s.StandardId == standardId, cancellationToken);
        if (signOff is null)
        {
            return false;
        }
        db.InductionSignOffs.Remove(signOff);
        audit.Record("induction-sign-off-undo", "Worker", person.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["standard_id"] = new(standardId.ToString(CultureInfo.InvariantCulture), null) }, person.AreaId, person.OrganisationId);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Completes the induction once every standard in use is signed off: a certificate with a code anyone can check, and
    /// the worker's record says induction completed. Refused, with the reason, otherwise.
    /// </summary>
    public async Task<(InductionCompletion? Completed, FieldErrors Errors)> CompleteAsync(Worker person, string? nameOnCertificate, string userId, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        if (InductionChecklist.CheckName(nameOnCertificate) is { } nameProblem)
        {
            errors.Add("Name", nameProblem);
        }
        var (checklist, signOffs, completion) = await PersonAsync(person, cancellationToken);
        var progress = InductionChecklist.Progress(checklist, signOffs, completion);
        if (progress.IsComplete)
        {
            return (null, errors.Add("Name", "This induction is already completed"));
        }
        if (!progress.CanComplete)
        {
            errors.Add("Name", $"Sign off every standard first: {progress.ToDo.Count} still to do, starting with '{progress.ToDo[0].Title}'");
        }
        if (errors.Any)
        {
            return (null, errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var done = new InductionCompletion
        {
            WorkerId = person.Id, AreaId = person.AreaId, OrganisationId = person.OrganisationId, CompletedOn = DateOnly.FromDateTime(now),
            CertificateCode = CertificateCodes.New(), NameOnCertificate = nameOnCertificate!.Trim(), SignedByUserId = userId, CreatedAt = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.InductionCompletions.Add(done);
        await SetInductionAsync(person.Id, "yes", onlyIfBlank: false, cancellationToken);
        audit.Record("induction-complete", "Worker", person.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["certificate"] = new(null, done.CertificateCode) }, person.AreaId, person.OrganisationId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Completed at the same moment by another request (one completion per worker).
            return (null, errors.Add("Name", "This induction is already completed"));
        }
        await transaction.CommitAsync(cancellationToken);
        return (done, errors);
    }

    public async Task<InductionCertificate?> FindCertificateAsync(string? code, CancellationToken cancellationToken = default)
    {
        if (CertificateCodes.Normalise(code) is not { } normal)
        {
            return null;
        }
        var found = await (from c in db.InductionCompletions.AsNoTracking()
                           join o in db.Organisations on c.OrganisationId equals o.Id
                           where c.CertificateCode == normal
                           select new { c.WorkerId, c.AreaId, c.NameOnCertificate, o.Name, c.CompletedOn }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        var standards = await (from s in db.InductionSignOffs
                               join st in db.InductionStandards on s.StandardId equals st.Id
                               where s.WorkerId == found.WorkerId
                               orderby st.Position
                               select st.Title).ToListAsync(cancellationToken);
        return new InductionCertificate(normal, found.NameOnCertificate, found.Name, found.CompletedOn, standards);
    }

    /// <summary>The worker's "induction completed" answer of the data standard, kept in step with the checklist.</summary>
    private async Task SetInductionAsync(long workerId, string value, bool onlyIfBlank, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Workers.Where(w => w.Id == workerId && (!onlyIfBlank || w.InductionCompleted == null))
            .ExecuteUpdateAsync(u => u.SetProperty(w => w.InductionCompleted, value).SetProperty(w => w.UpdatedAt, now), cancellationToken);
    }
}
