using Microsoft.EntityFrameworkCore;

namespace OneWorkforce.Data.Qualifications;

/// <summary>Loads the shipped early years list (file 1, then its two updates) into a database that has no qualifications yet.</summary>
public sealed class StarterQualifications(OneWorkforceDbContext db, EarlyYearsImport import)
{
    public static readonly IReadOnlyList<string> Files =
    [
        "1-ey-quals-full-2024-with-new-reference-fields.csv",
        "2-ey-quals-updates-09-08-24.csv",
        "3-ey-quals-updates-10-09-24.csv",
    ];

    public async Task<int> LoadAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Qualifications.AnyAsync(cancellationToken))
        {
            return 0;
        }
        var added = 0;
        foreach (var file in Files)
        {
            await using var stream = typeof(StarterQualifications).Assembly.GetManifestResourceStream($"StarterData.EarlyYears.{file}")
                ?? throw new InvalidOperationException($"The starter data file {file} is missing from the build.");
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory, cancellationToken);
            var summary = await import.ImportAsync(file, memory.ToArray(), cancellationToken: cancellationToken);
            if (!summary.Succeeded)
            {
                throw new InvalidOperationException($"The starter data file {file} did not load: {summary.Problems[0]}");
            }
            added += summary.Added;
        }
        return added;
    }
}
