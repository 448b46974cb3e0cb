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

    /// <summary>Every score of the cycle: each matrix cell as one score from that matrix.</summary>
    public async Task<List<CellScore>> ScoresAsync(int cycleId, CancellationToken cancellationToken = default)
    {
        var cells = await (from m in db.MatrixEvidence.AsNoTracking()
                           where m.CycleId == cycleId
                           join c in db.Set<MatrixEvidenceCell>() on m.Id equals c.EvidenceId
                           select new { m.Id, m.GroupCode, c.Arc, c.Stage, c.ScoreHundredths }).ToListAsync(cancellationToken);
        return cells.Select(c => new CellScore($"matrix-{c.Id}", c.GroupCode, null, c.Arc, c.Stage, c.ScoreHundredths / 100m)).ToList();
    }
}
