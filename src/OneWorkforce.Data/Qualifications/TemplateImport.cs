using OneWorkforce.Core.Imports;

namespace OneWorkforce.Data.Qualifications;

/// <summary>What every native template import ends with: all problems in row order, or one transaction (none for a check-only run).</summary>
public abstract class TemplateImport(OneWorkforceDbContext database)
{
    protected readonly OneWorkforceDbContext db = database;

    protected static ImportSummary Failed(List<ImportProblem> problems) => ImportSummary.Failed(problems.OrderBy(p => p.Row).ToList());

    protected async Task<ImportSummary> CommitAsync(ImportSummary summary, bool dryRun)
    {
        if (dryRun)
        {
            db.ChangeTracker.Clear();
            return summary;
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return summary;
    }
}
