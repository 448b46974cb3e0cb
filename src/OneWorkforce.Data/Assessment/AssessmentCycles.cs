using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Core.Imports;
using OneWorkforce.Data.Imports;
using OneWorkforce.Core.Validation;

namespace OneWorkforce.Data.Assessment;

/// <summary>An area's assessment cycles: setting them up, entering matrices of scores, and the scores to analyse.</summary>
public sealed class AssessmentCycles(OneWorkforceDbContext db, TimeProvider clock)
{
    public Task<List<AssessmentCycle>> ListAsync(int areaId, CancellationToken cancellationToken = default) =>
        db.AssessmentCycles.AsNoTracking().Where(c => c.AreaId == areaId).OrderByDescending(c => c.PeriodStart).ThenBy(c => c.Name).ToListAsync(cancellationToken);

    /// <summary>A cycle of the area by its number or its name (as the CLI and the API name it).</summary>
    public async Task<AssessmentCycle?> FindAsync(int areaId, string cycle, CancellationToken cancellationToken = default)
    {
        var key = cycle.Trim();
        var byName = await db.AssessmentCycles.AsNoTracking().Where(c => c.AreaId == areaId && c.Name == key).FirstOrDefaultAsync(cancellationToken);
        return byName ?? (int.TryParse(key, out var id)
            ? await db.AssessmentCycles.AsNoTracking().Where(c => c.AreaId == areaId && c.Id == id).FirstOrDefaultAsync(cancellationToken)
            : null);
    }

    public async Task<Outcome<AssessmentCycle>> CreateAsync(Area area, CycleInput input, CancellationToken cancellationToken = default)
    {
        var errors = input.Validate();
        var name = input.Name?.Trim() ?? "";
        if (!errors.Any && await db.AssessmentCycles.AnyAsync(c => c.AreaId == area.Id && c.Name == name, cancellationToken))
        {
            errors.Add(nameof(CycleInput.Name), $"{area.Name} already has a cycle called '{name}'. Give this one another name");
        }
        if (errors.Any)
        {
            return Outcome<AssessmentCycle>.Failure(errors);
        }
        var cycle = new AssessmentCycle
        {
            AreaId = area.Id,
            Name = name,
            PeriodStart = input.PeriodStart!.Value,
            PeriodEnd = input.PeriodEnd!.Value,
            ClosesOn = input.ClosesOn,
            Status = AssessmentCycle.Draft,
            Anonymous = input.Anonymous,
            GroupCodes = string.Join(',', input.CleanGroups()),
            ThresholdHundredths = (int)((input.Threshold ?? Core.Reference.Ocwt.ReasonableScore) * 100),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.AssessmentCycles.Add(cycle);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<AssessmentCycle>.Success(cycle);
    }

    /// <summary>Reads a matrix file (CSV or Excel, 8 arc rows × 8 stage columns) and stores it whole, or nothing and the problems.</summary>
    public async Task<(MatrixEvidence? Matrix, IReadOnlyList<ImportProblem> Problems)> ImportMatrixAsync(AssessmentCycle cycle, string fileName, byte[] content,
        string? source, string? group, string enteredBy, CancellationToken cancellationToken = default)
    {
        var table = TableFile.Read(fileName, content);
        if (table.Problems.Count > 0)
        {
            return (null, table.Problems);
        }
        var (matrix, problems) = MatrixFile.Read(fileName, table.Headers, table.Rows.Select(r => (r.Line, r.Fields)).ToList());
        if (matrix is null)
        {
            return (null, problems);
        }
        return await AddMatrixAsync(cycle, matrix, source ?? Path.GetFileNameWithoutExtension(fileName), group, enteredBy, fileName, cancellationToken);
    }

    /// <summary>Stores a matrix of scores as evidence in the cycle.</summary>
    public async Task<(MatrixEvidence? Matrix, IReadOnlyList<ImportProblem> Problems)> AddMatrixAsync(AssessmentCycle cycle, ScoreMatrix matrix, string source,
        string? group, string enteredBy, string where = "matrix", CancellationToken cancellationToken = default)
    {
        var groupCode = string.IsNullOrWhiteSpace(group) ? RespondentGroups.Leaders : group.Trim().ToLowerInvariant();
        if (RespondentGroups.Find(groupCode) is null)
        {
            return (null, [new ImportProblem(where, 0, "group", group!, $"'{group}' is not a respondent group. Use: {string.Join(", ", RespondentGroups.All.Select(g => g.Code))}")]);
        }
        var name = source.Trim();
        if (name.Length is 0 or > 200)
        {
            return (null, [new ImportProblem(where, 0, "source", source, "Say where the scores come from (200 characters or fewer), for example Senior managers' workshop")]);
        }
        var evidence = new MatrixEvidence
        {
            CycleId = cycle.Id,
            Source = name,
            GroupCode = groupCode,
            EnteredBy = enteredBy,
            EnteredAt = clock.GetUtcNow().UtcDateTime,
            Cells = matrix.Scores.Select(s => new MatrixEvidenceCell { Arc = s.Key.Arc, Stage = s.Key.Stage, ScoreHundredths = (int)(s.Value * 100) }).ToList(),
        };
        db.MatrixEvidence.Add(evidence);
        await db.SaveChangesAsync(cancellationToken);
        return (evidence, []);
    }

    public Task<List<MatrixEvidence>> MatricesAsync(int cycleId, CancellationToken cancellationToken = default) =>
        db.MatrixEvidence.AsNoTracking().Include(m => m.Cells).Where(m => m.CycleId == cycleId).OrderBy(m => m.EnteredAt).ToListAsync(cancellationToken);

    public async Task<bool> RemoveMatrixAsync(int cycleId, int matrixId, CancellationToken cancellationToken = default)
    {
        var matrix = await db.MatrixEvidence.SingleOrDefaultAsync(m => m.CycleId == cycleId && m.Id == matrixId, cancellationToken);
        if (matrix is null)
        {
            return false;
        }
        db.MatrixEvidence.Remove(matrix);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The running totals of every score of the cycle, overall, by respondent group and by locality: each
    /// matrix counts as one respondent of its group, each sent questionnaire as one respondent of its group
    /// and locality. The answers are read as score lines, 64 characters a response.
    /// </summary>
    public async Task<CycleTallies> TalliesAsync(int cycleId, CancellationToken cancellationToken = default)
    {
        var all = new ScoreTally();
        var byGroup = new Dictionary<string, ScoreTally>();
        var byLocality = new Dictionary<string, ScoreTally>();
        static ScoreTally Of(Dictionary<string, ScoreTally> tallies, string key) =>
            tallies.TryGetValue(key, out var t) ? t : tallies[key] = new ScoreTally();
        var cells = await (from m in db.MatrixEvidence.AsNoTracking()
                           where m.CycleId == cycleId
                           join c in db.Set<MatrixEvidenceCell>() on m.Id equals c.EvidenceId
                           select new { m.Id, m.GroupCode, c.Arc, c.Stage, c.ScoreHundredths }).ToListAsync(cancellationToken);
        foreach (var matrix in cells.GroupBy(c => (c.Id, c.GroupCode)))
        {
            var group = Of(byGroup, matrix.Key.GroupCode);
            foreach (var cell in matrix)
            {
                all.Add(cell.Arc, cell.Stage, cell.ScoreHundredths);
                group.Add(cell.Arc, cell.Stage, cell.ScoreHundredths);
            }
            all.AddRespondent();
            group.AddRespondent();
        }
        await RawSql.ReadAsync(db,
            "SELECT group_code, locality, score_line FROM questionnaire_responses WHERE kind = @kind AND owner_id = @owner AND status = @status AND score_line IS NOT NULL",
            new Dictionary<string, object> { ["@kind"] = AssessmentResponses.Kind, ["@owner"] = cycleId, ["@status"] = Core.Questionnaires.QuestionnaireResponse.Submitted },
            reader =>
            {
                var line = reader.GetString(2).AsSpan();
                all.AddLine(line);
                if (!reader.IsDBNull(0))
                {
                    Of(byGroup, reader.GetString(0)).AddLine(line);
                }
                if (!reader.IsDBNull(1))
                {
                    Of(byLocality, reader.GetString(1)).AddLine(line);
                }
            }, cancellationToken);
        return new CycleTallies(all, byGroup, byLocality);
    }

    /// <summary>Opens the cycle for answers: it keeps a copy of the statements as they are now, and gets an open link unless it has one.</summary>
    public async Task OpenAsync(AssessmentCycle cycle, FrameworkStatements statements, CancellationToken cancellationToken = default)
    {
        var tracked = await db.AssessmentCycles.SingleAsync(c => c.Id == cycle.Id, cancellationToken);
        tracked.StatementsJson ??= FrameworkStatements.Snapshot(await statements.ForAsync(tracked.AreaId, cancellationToken), RespondentGroups.All.Select(g => g.Code));
        tracked.OpenLinkToken ??= Codes.NewToken();
        tracked.OpenedAt ??= clock.GetUtcNow().UtcDateTime;
        tracked.Status = AssessmentCycle.Open;
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task CloseAsync(AssessmentCycle cycle, CancellationToken cancellationToken = default) => SetAsync(cycle, c => c.Status = AssessmentCycle.Closed, cancellationToken);

    /// <summary>Turns the open link off (only invitation codes work) or on again with a new address.</summary>
    public Task SetOpenLinkAsync(AssessmentCycle cycle, bool on, CancellationToken cancellationToken = default) =>
        SetAsync(cycle, c => c.OpenLinkToken = on ? Codes.NewToken() : null, cancellationToken);

    private async Task SetAsync(AssessmentCycle cycle, Action<AssessmentCycle> change, CancellationToken cancellationToken)
    {
        var tracked = await db.AssessmentCycles.SingleAsync(c => c.Id == cycle.Id, cancellationToken);
        change(tracked);
        await db.SaveChangesAsync(cancellationToken);
    }

    public const int MaxInvitationsAtOnce = 5000;

    /// <summary>Makes single-use invitation codes for a group (or any group) and a locality (or none).</summary>
    public async Task<Outcome<List<AssessmentInvitation>>> CreateInvitationsAsync(AssessmentCycle cycle, int count, string? group, string? locality,
        CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        if (count is < 1 or > MaxInvitationsAtOnce)
        {
            errors.Add("Count", $"Enter how many codes to make, from 1 to {MaxInvitationsAtOnce:N0}");
        }
        if (!string.IsNullOrEmpty(group) && !cycle.Groups.Contains(group))
        {
            errors.Add("Group", "Select one of the groups this cycle asks, or Any group");
        }
        if (!string.IsNullOrEmpty(locality) && !await db.Districts.AnyAsync(d => d.AreaId == cycle.AreaId && d.Name == locality, cancellationToken))
        {
            errors.Add("Locality", "Select one of the area's districts, or No locality");
        }
        if (errors.Any)
        {
            return Outcome<List<AssessmentInvitation>>.Failure(errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var codes = new HashSet<string>();
        while (codes.Count < count)
        {
            codes.Add(Codes.NewCode());
        }
        var taken = await db.AssessmentInvitations.Where(i => codes.Contains(i.Code)).Select(i => i.Code).ToListAsync(cancellationToken);
        codes.ExceptWith(taken);
        var made = codes.Select(code => new AssessmentInvitation
        {
            CycleId = cycle.Id,
            Code = code,
            GroupCode = string.IsNullOrEmpty(group) ? null : group,
            Locality = string.IsNullOrEmpty(locality) ? null : locality,
            CreatedAt = now,
        }).ToList();
        db.AssessmentInvitations.AddRange(made);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<List<AssessmentInvitation>>.Success(made);
    }

    public Task<List<AssessmentInvitation>> InvitationsAsync(int cycleId, CancellationToken cancellationToken = default) =>
        db.AssessmentInvitations.AsNoTracking().Where(i => i.CycleId == cycleId).OrderBy(i => i.Id).ToListAsync(cancellationToken);
}

/// <summary>A cycle's running totals: overall, by respondent group, by locality.</summary>
public sealed record CycleTallies(ScoreTally All, IReadOnlyDictionary<string, ScoreTally> ByGroup, IReadOnlyDictionary<string, ScoreTally> ByLocality);
