using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data.Audit;

namespace OneWorkforce.Data.Training;

/// <summary>One person in post and how they stand against every piece of training their role requires.</summary>
public sealed record PersonCompliance(long WorkerId, int OrganisationId, string StaffReference, string Role, string? QualificationLevel,
    IReadOnlyList<ComplianceCheck> Checks)
{
    public ComplianceState Worst => Checks.Count == 0 ? ComplianceState.InDate : Checks.Min(c => c.State);
}

/// <summary>Everyone assessed, with the requirements used.</summary>
public sealed record ComplianceResult(DateOnly Today, IReadOnlyList<PersonCompliance> People, IReadOnlyList<TrainingRequirement> Requirements);

/// <summary>
/// Required training by role (an area's, and an organisation's on top) and compliance against it. One read of people
/// in post and one grouped read of their latest training per topic and level (an index covers it); the rules are in
/// <see cref="Compliance"/>.
/// </summary>
public sealed class TrainingCompliance(OneWorkforceDbContext db, AuditLog audit, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The area's requirements and, when an organisation is given, that organisation's own; for the whole area, every organisation's.</summary>
    public async Task<List<TrainingRequirement>> RequirementsAsync(int areaId, int? organisationId, CancellationToken cancellationToken = default) =>
        await db.TrainingRequirements.AsNoTracking()
            .Where(r => r.AreaId == areaId && (organisationId == null || r.OrganisationId == null || r.OrganisationId == organisationId))
            .OrderBy(r => r.OrganisationId).ThenBy(r => r.Role).ThenBy(r => r.Topic).ToListAsync(cancellationToken);

    /// <summary>Adds a requirement after checking it; the message says which field is wrong and how to put it right.</summary>
    public async Task<(TrainingRequirement? Added, IReadOnlyList<(string Field, string Message)> Errors)> AddAsync(int areaId, int? organisationId,
        string? role, string? topic, string? level, string? refreshYears, IReadOnlyList<string> coreAreas, CancellationToken cancellationToken = default)
    {
        var errors = new List<(string, string)>();
        role = role?.Trim();
        topic = topic?.Trim();
        if (string.IsNullOrEmpty(role) || (role != TrainingRequirement.AnyRole && WorkforceCodes.Roles.Find(role) is null))
        {
            errors.Add(("Role", "Choose the role this training is required for, or everyone"));
        }
        if (string.IsNullOrEmpty(topic) || WorkforceCodes.TrainingTopics.Find(topic) is null)
        {
            errors.Add(("Topic", "Choose the topic of the training"));
        }
        level = string.IsNullOrWhiteSpace(level) ? null : level.Trim();
        if (level is not null && (topic != "safeguarding" || WorkforceCodes.SafeguardingLevels.Find(level) is null))
        {
            errors.Add(("Level", topic == "safeguarding" ? "Choose level 1, 2 or 3" : "A level is only set for safeguarding training: leave it blank"));
        }
        int? years = null;
        if (!string.IsNullOrWhiteSpace(refreshYears))
        {
            if (int.TryParse(refreshYears.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1 and <= 10)
            {
                years = y;
            }
            else
            {
                errors.Add(("RefreshYears", "Enter how many years until it must be done again, a whole number from 1 to 10, or leave it blank if once is enough"));
            }
        }
        var areas = coreAreas.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct().ToList();
        if (areas.Count > 0 && topic != "common-core")
        {
            errors.Add(("CoreAreas", "Common Core areas are only set for Common Core training: untick them, or choose the Common Core topic"));
        }
        if (areas.Any(a => a is not ("1" or "2" or "3" or "4" or "5" or "6")))
        {
            errors.Add(("CoreAreas", "Choose Common Core areas from the six listed"));
        }
        if (errors.Count == 0 && await db.TrainingRequirements.AnyAsync(r => r.AreaId == areaId && r.OrganisationId == organisationId && r.Role == role && r.Topic == topic, cancellationToken))
        {
            errors.Add(("Topic", "This role already has a requirement for this topic: remove it first to change it"));
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var requirement = new TrainingRequirement
        {
            AreaId = areaId,
            OrganisationId = organisationId,
            Role = role!,
            Topic = topic!,
            SafeguardingLevel = level,
            RefreshYears = years,
            CommonCoreAreas = Course.Join(areas.Order()),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.TrainingRequirements.Add(requirement);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("training-requirement-add", "TrainingRequirement", requirement.Id.ToString(CultureInfo.InvariantCulture), Describe(requirement, null), areaId, organisationId);
        await db.SaveChangesAsync(cancellationToken);
        return (requirement, []);
    }

    /// <summary>Removes one of the area's (organisationId null) or one organisation's own requirements; false when there is no such requirement there.</summary>
    public async Task<bool> RemoveAsync(int areaId, int? organisationId, int id, CancellationToken cancellationToken = default)
    {
        var requirement = await db.TrainingRequirements.SingleOrDefaultAsync(r => r.Id == id && r.AreaId == areaId && r.OrganisationId == organisationId, cancellationToken);
        if (requirement is null)
        {
            return false;
        }
        db.TrainingRequirements.Remove(requirement);
        audit.Record("training-requirement-remove", "TrainingRequirement", id.ToString(CultureInfo.InvariantCulture), Describe(null, requirement), areaId, organisationId);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Everyone in post in the area (or one organisation, or one person) against the requirements of their role.
    /// People whose role has no requirement are left out unless <paramref name="everyone"/> (the needs analysis also
    /// looks at qualifications).
    /// </summary>
    public async Task<ComplianceResult> AssessAsync(int areaId, int? organisationId = null, long? workerId = null, DateOnly? asAt = null,
        bool everyone = false, CancellationToken cancellationToken = default)
    {
        var today = asAt ?? Today;
        var requirements = await RequirementsAsync(areaId, organisationId, cancellationToken);
        if (requirements.Count == 0 && !everyone)
        {
            return new ComplianceResult(today, [], requirements);
        }
        var topics = requirements.Select(r => r.Topic).Distinct().ToList();
        var roles = everyone || requirements.Any(r => r.Role == TrainingRequirement.AnyRole) ? null : requirements.Select(r => r.Role).Distinct().ToList();

        var workers = db.Workers.AsNoTracking().Where(w => w.AreaId == areaId && w.StartDate <= today && (w.LeavingDate == null || w.LeavingDate > today));
        var records = db.TrainingRecords.AsNoTracking().Where(t => t.AreaId == areaId && topics.Contains(t.Topic));
        if (organisationId is { } org)
        {
            workers = workers.Where(w => w.OrganisationId == org);
            records = records.Where(t => t.OrganisationId == org);
        }
        if (workerId is { } id)
        {
            workers = workers.Where(w => w.Id == id);
            records = records.Where(t => t.WorkerId == id);
        }
        if (roles is not null)
        {
            workers = workers.Where(w => roles.Contains(w.Role));
        }
        var people = await workers.Select(w => new { w.Id, w.OrganisationId, w.StaffReference, w.Role, w.HighestQualificationLevel }).ToListAsync(cancellationToken);
        var held = (await records
                .GroupBy(t => new { t.WorkerId, t.Topic, t.SafeguardingLevel, t.CommonCoreAreas })
                .Select(g => new { g.Key.WorkerId, g.Key.Topic, g.Key.SafeguardingLevel, g.Key.CommonCoreAreas, Last = g.Max(t => t.CompletedOn) })
                .ToListAsync(cancellationToken))
            .ToLookup(h => h.WorkerId, h => new HeldTraining(h.Topic, h.SafeguardingLevel, h.Last, h.CommonCoreAreas));

        var areaRequirements = requirements.Where(r => r.OrganisationId is null).ToList();
        var byOrganisation = requirements.Where(r => r.OrganisationId is not null).ToLookup(r => r.OrganisationId!.Value);
        var required = new Dictionary<(int, string), IReadOnlyList<RequiredTopic>>();
        var result = new List<PersonCompliance>(people.Count);
        foreach (var person in people)
        {
            if (!required.TryGetValue((person.OrganisationId, person.Role), out var topicsForRole))
            {
                topicsForRole = Compliance.ForRole(person.Role, areaRequirements.Concat(byOrganisation[person.OrganisationId]));
                required[(person.OrganisationId, person.Role)] = topicsForRole;
            }
            if (topicsForRole.Count == 0 && !everyone)
            {
                continue;
            }
            var checks = Compliance.AssessPerson(topicsForRole, held[person.Id].ToList(), today);
            result.Add(new PersonCompliance(person.Id, person.OrganisationId, person.StaffReference, person.Role, person.HighestQualificationLevel, checks));
        }
        return new ComplianceResult(today, result, requirements);
    }

    private static Dictionary<string, FieldChange> Describe(TrainingRequirement? added, TrainingRequirement? removed)
    {
        static string Text(TrainingRequirement r) =>
            $"{r.Role}: {r.Topic}{(r.SafeguardingLevel is null ? "" : " level " + r.SafeguardingLevel)}{(r.RefreshYears is null ? "" : $" every {r.RefreshYears} years")}{(r.CommonCoreAreas is null ? "" : " areas " + r.CommonCoreAreas)}";
        return new Dictionary<string, FieldChange> { ["requirement"] = new(removed is null ? null : Text(removed), added is null ? null : Text(added)) };
    }
}
