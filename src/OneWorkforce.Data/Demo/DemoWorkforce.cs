using System.Text;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Areas;
using OneWorkforce.Data.Workforce;
using OneWorkforce.Data.Workforce.Intelligence;

namespace OneWorkforce.Data.Demo;

/// <summary>
/// The demo area's workforce: about 20,000 made-up workers in 400 organisations plus the named demo organisations,
/// loaded through the real upload, with leavers and starters over the last year and a snapshot at the end of each of
/// the last four quarters, so every report, benchmark and trend shows something on first run.
/// </summary>
public sealed class DemoWorkforce(OneWorkforceDbContext db, WorkforceImport import, WorkforceSnapshots snapshots, TimeProvider clock)
{
    public const int Organisations = 400;
    public const int Workers = 20_000;

    /// <summary>The named demo organisations: their kind of workforce, size, sector and district.</summary>
    private static readonly (string Reference, string Kind, int Size, string Sector, string District, string AgeRanges)[] Named =
    [
        ("EY100001", "EY", 24, "early-years", "Northbridge", "0-4"),
        ("CH200002", "YC", 14, "youth-services", "Southfield", "12-19"),
        ("URN300003", "URN", 60, "education", "Eastwick", "5-11"),
        ("CH400004", "SG", 12, "sport-leisure-play", "Northbridge", "5-11;12-19"),
        ("NHS500005", "NHS", 45, "health", "Central Demoshire", "0-4;5-11;12-19"),
    ];

    public async Task LoadAsync(Area area, CancellationToken cancellationToken = default)
    {
        if (await db.Workers.AnyAsync(w => w.AreaId == area.Id, cancellationToken))
        {
            return;
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var synthetic = new SyntheticWorkforce(2026, today);
        using var organisations = new StringWriter();
        using var workers = new StringWriter();
        using var training = new StringWriter();
        synthetic.Write(organisations, workers, training, DemoData.Districts, Workers - Named.Sum(n => n.Size), Organisations, referencePrefix: "D");
        var named = await db.Organisations.Where(o => o.AreaId == area.Id).Include(o => o.Categories).ToDictionaryAsync(o => o.Reference, cancellationToken);
        foreach (var (reference, kind, size, sector, district, ages) in Named.Where(n => named.ContainsKey(n.Reference)))
        {
            var organisation = named[reference];
            organisations.WriteLine(string.Join(',', reference, Quote(organisation.Name), organisation.EmployerSector,
                string.Join(';', organisation.Categories.Select(c => c.CategoryCode)), sector, district, ages, size < 50 ? "10-49" : "50-249", "60k-100k", "1k-5k", ""));
            synthetic.WriteFor(reference, kind, size, workers, training);
        }
        var request = new ImportRequest(area.Id, null, false,
        [
            UploadSource.FromBytes("organisations.csv", Encoding.UTF8.GetBytes(organisations.ToString())),
            UploadSource.FromBytes("workers.csv", Encoding.UTF8.GetBytes(workers.ToString())),
            UploadSource.FromBytes("training.csv", Encoding.UTF8.GetBytes(training.ToString())),
        ], "demo", "demo");
        using var log = new UploadMessageLog();
        var outcome = await import.RunAsync(request, log, null, cancellationToken);
        if (!outcome.Saved)
        {
            throw new InvalidOperationException("The demo workforce did not load: " + string.Join("; ", log.ReadAll().Take(5)));
        }
        // A snapshot at the end of each of the last four quarters, the first being the baseline.
        var quarterEnd = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1).AddDays(-1);
        for (var q = 3; q >= 0; q--)
        {
            var asAt = new DateOnly(quarterEnd.AddMonths(-3 * q).Year, quarterEnd.AddMonths(-3 * q).Month, 1).AddMonths(1).AddDays(-1);
            await snapshots.TakeAsync(area.Id, asAt, q == 3 ? "Baseline" : null, cancellationToken);
        }
    }

    private static string Quote(string text) => text.Contains(',') || text.Contains('"') ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
