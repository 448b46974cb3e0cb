using Microsoft.Extensions.DependencyInjection;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Core.Workforce.Intelligence;
using OneWorkforce.Data;
using OneWorkforce.Data.Workforce.Intelligence;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Workforce;

/// <summary>
/// The differencing attack (issue 21): a small area built to tempt it (a Roma group of 37 with 4 of them in one district,
/// small teams in every sector and category), every report requested as anyone outside an organisation may (the area, each
/// district, sector, category and organisation, every pair of filters, four dates), then every figure and every single
/// and two-way subtraction of figures compared with the raw data. Every page, download, API answer and snapshot shows the
/// figures of these same reports (ReportExport renders them), so what holds here holds for every format.
/// </summary>
public sealed class DifferencingAttackTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly DateOnly[] Dates = [Today, Today.AddMonths(-3), Today.AddMonths(-6), Today.AddYears(-1)];

    /// <summary>A figure as an outsider sees it, beside the true count of the same people.</summary>
    private readonly record struct Seen(double Shown, long Raw, string Where);

    [Fact]
    public async Task No_figure_and_no_subtraction_of_two_figures_gives_away_a_count_from_1_to_4()
    {
        var areaId = await BuildTemptingAreaAsync();
        var seen = await EveryFigureAsync(areaId);

        Assert.True(seen.Count > 5_000, $"{seen.Count} figures");
        // The data tempts: shown exactly (as before ADR 0020, with counts from 1 to 4 hidden), these figures would give away many.
        var exact = seen.Where(s => s.Raw is 0 or >= 5).Select(s => s with { Shown = s.Raw }).ToList();
        Assert.True(Recoveries(exact).Count > 100, "the data set should tempt the attack");

        var recovered = Recoveries(seen);

        Assert.True(recovered.Count == 0, "recovered: " + string.Join("; ", recovered.Take(5)));
        Assert.All(seen, s => Assert.True(s.Shown == 0 || s.Shown >= 5, $"{s.Where} shows {s.Shown}"));
    }

    [Fact]
    public async Task The_same_people_get_the_same_figure_by_any_report_filter_or_request()
    {
        var areaId = await BuildTemptingAreaAsync();
        var totals = await app.WithScopeAsync(async services =>
        {
            var intelligence = services.GetRequiredService<WorkforceIntelligence>();
            var found = new List<double?>();
            foreach (var report in new[] { WorkforceReports.Gender, WorkforceReports.Ethnicity, WorkforceReports.Age, WorkforceReports.Disability })
            {
                for (var again = 0; again < 2; again++)
                {
                    var built = await intelligence.BuildAsync(report, new ReportFilter(areaId), Today, suppress: true);
                    found.Add(built.Tables[^1].Rows.Single(r => r.IsTotal).Figures[0].Value);
                }
            }
            // Every organisation is in the early years category: the category's filter holds the same people as the area.
            var category = await intelligence.BuildAsync(WorkforceReports.Gender, new ReportFilter(areaId, Category: "early-years"), Today, suppress: true);
            found.Add(category.Tables[0].Rows.Single(r => r.IsTotal).Figures[0].Value);
            return found;
        });

        Assert.Single(totals.Distinct());
        Assert.Equal(0, totals[0]!.Value % 5);
    }

    /// <summary>Single figures from 1 to 4 shown as they are, and pairs whose difference from 1 to 4 is the true difference.</summary>
    private static List<string> Recoveries(IReadOnlyList<Seen> seen)
    {
        var found = new List<string>();
        foreach (var s in seen.Where(s => s.Shown is >= 1 and <= 4 && s.Shown == s.Raw))
        {
            found.Add($"{s.Where} = {s.Raw}");
        }
        var byShown = seen.GroupBy(s => s.Shown).ToDictionary(g => g.Key, g => g.DistinctBy(s => s.Raw).ToList());
        foreach (var (shown, group) in byShown)
        {
            for (var d = 1; d <= 4; d++)
            {
                if (!byShown.TryGetValue(shown - d, out var lower))
                {
                    continue;
                }
                foreach (var a in group)
                {
                    var b = lower.FirstOrDefault(b => a.Raw - b.Raw == d);
                    if (b.Where is not null)
                    {
                        found.Add($"{a.Where} less {b.Where} = {d}");
                    }
                }
            }
        }
        return found;
    }

    /// <summary>Every count an outsider can obtain: each report, filter, pair of filters and date, shared and as the owner would see it.</summary>
    private Task<List<Seen>> EveryFigureAsync(int areaId) => app.WithScopeAsync(async services =>
    {
        var intelligence = services.GetRequiredService<WorkforceIntelligence>();
        var seen = new List<Seen>();
        foreach (var report in WorkforceReports.All)
        {
            foreach (var date in Dates)
            {
                var facts = await intelligence.LoadAsync(report, areaId, null, date);
                foreach (var filter in Filters(areaId, facts.Places.Values))
                {
                    var shared = await intelligence.BuildAsync(facts, filter, date, suppress: true);
                    var raw = await intelligence.BuildAsync(facts, filter, date, suppress: false);
                    seen.AddRange(Pair(shared, raw, $"{report.Name} {filter} {date:yyyy-MM-dd}"));
                }
            }
        }
        return seen;
    });

    private static IEnumerable<ReportFilter> Filters(int areaId, IEnumerable<OrganisationPlace> places)
    {
        var list = places.ToList();
        var districts = list.Select(p => p.DistrictId).OfType<int>().Distinct().Select(d => new ReportFilter(areaId, DistrictId: d)).ToList();
        var sectors = list.SelectMany(p => p.Sectors).Distinct().Select(s => new ReportFilter(areaId, Sector: s)).ToList();
        var categories = list.SelectMany(p => p.Categories).Distinct().Select(c => new ReportFilter(areaId, Category: c)).ToList();
        var singles = districts.Concat(sectors).Concat(categories).ToList();
        yield return new ReportFilter(areaId);
        foreach (var filter in singles)
        {
            yield return filter;
        }
        foreach (var place in list)
        {
            yield return new ReportFilter(areaId, OrganisationId: place.Id);
        }
        for (var i = 0; i < singles.Count; i++)
        {
            for (var j = i + 1; j < singles.Count; j++)
            {
                var (a, b) = (singles[i], singles[j]);
                if ((a.DistrictId, b.DistrictId) is ({ }, { }) || (a.Sector, b.Sector) is ({ }, { }) || (a.Category, b.Category) is ({ }, { }))
                {
                    continue; // two of one kind: a district is in no other district
                }
                yield return a with { DistrictId = a.DistrictId ?? b.DistrictId, Sector = a.Sector ?? b.Sector, Category = a.Category ?? b.Category };
            }
        }
    }

    /// <summary>The count figures of a shared report beside the same figures unsuppressed, cell by cell.</summary>
    private static IEnumerable<Seen> Pair(WorkforceReport shared, WorkforceReport raw, string where)
    {
        for (var t = 0; t < shared.Tables.Count; t++)
        {
            var table = shared.Tables[t];
            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var figure = table.Rows[r].Figures[c];
                    if (table.Columns[c].Kind == FigureKind.Count && figure.Value is { } value)
                    {
                        yield return new Seen(value, (long)raw.Tables[t].Rows[r].Figures[c].Value!.Value, $"{where} {table.Caption} / {table.Rows[r].Label} / {table.Columns[c].Name}");
                    }
                }
            }
        }
        for (var h = 0; h < shared.Headlines.Count; h++)
        {
            if (shared.Headlines[h] is { Kind: FigureKind.Count, Shown.Value: { } value } headline)
            {
                yield return new Seen(value, (long)raw.Headlines[h].Shown.Value!.Value, $"{where} {headline.Label}");
            }
        }
    }

    /// <summary>
    /// An area of five districts and twelve organisations in four sectors, all early years, some also health or youth:
    /// 37 Roma people with 4 in the first district, small teams everywhere, some leavers and training.
    /// </summary>
    private Task<int> BuildTemptingAreaAsync() => app.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<OneWorkforceDbContext>();
        var code = "E0" + Random.Shared.Next(1_000_000, 9_999_999);
        var area = new Area { Code = code, Name = "Tempting " + code, CreatedAt = DateTime.UtcNow };
        for (var d = 1; d <= 5; d++)
        {
            area.Districts.Add(new District { Name = $"District {d}" });
        }
        db.Areas.Add(area);
        await db.SaveChangesAsync();
        string[] sectors = ["early-years", "health", "education", "youth-services"];
        var organisations = Enumerable.Range(0, 12).Select(i => new Organisation
        {
            AreaId = area.Id,
            Reference = $"T{i:00}",
            Name = $"Setting {i}",
            EmployerSector = i % 3 == 0 ? "voluntary" : "private",
            DistrictId = area.Districts[i % 5].Id,
            WorkforceSectors = i % 4 == 0 ? sectors[i % 4] : sectors[i % 4] + ";early-years",
            Categories = i % 3 == 0 ? [new() { CategoryCode = "early-years" }, new() { CategoryCode = "health" }] : [new() { CategoryCode = "early-years" }],
            CreatedAt = DateTime.UtcNow,
        }).ToList();
        db.Organisations.AddRange(organisations);
        await db.SaveChangesAsync();
        var random = new Random(21);
        var workers = new List<Worker>();
        var roma = 0;
        for (var i = 0; i < organisations.Count; i++)
        {
            var organisation = organisations[i];
            var size = 6 + random.Next(18);
            // District 1 (organisations 0, 5 and 10) holds 4 of the Roma group; the other 33 are spread over the rest.
            var romaHere = i % 5 == 0 ? (i == 0 ? 2 : 1) : i < 8 ? 4 : 3; // 2 + 1 + 1 in district 1, 6 × 4 + 3 × 3 = 33 elsewhere
            for (var p = 0; p < size + romaHere; p++)
            {
                var isRoma = p < romaHere && roma < 37;
                roma += isRoma ? 1 : 0;
                var started = Today.AddDays(-random.Next(30, 4000));
                var left = random.Next(8) == 0 ? Today.AddDays(-random.Next(1, 500)) : (DateOnly?)null;
                workers.Add(new Worker
                {
                    AreaId = area.Id,
                    OrganisationId = organisation.Id,
                    StaffReference = $"{organisation.Reference}-{p}",
                    Role = "early-years-worker",
                    Contract = random.Next(4) switch { 0 => "part-time", 1 => "volunteer", _ => "full-time" },
                    ContractedHours = random.Next(3) == 0 ? null : 4 + random.Next(34),
                    StartDate = started,
                    LeavingDate = left is { } l && l > started ? l : null,
                    LeavingReason = left is not null ? (random.Next(2) == 0 ? "pay" : "left-sector") : null,
                    YearOfBirth = Today.Year - 18 - random.Next(50),
                    Gender = random.Next(5) == 0 ? "male" : "female",
                    Ethnicity = isRoma ? "white-roma" : random.Next(6) == 0 ? "asian-indian" : "white-british",
                    Disability = random.Next(9) == 0 ? "yes" : "no",
                    HighestQualificationLevel = random.Next(4) switch { 0 => "none", 1 => "2", _ => "3" },
                    Apprenticeship = random.Next(7) == 0 ? "current" : "none",
                    InductionCompleted = random.Next(5) == 0 ? "no" : "yes",
                    UpdatedAt = DateTime.UtcNow,
                });
            }
        }
        db.Workers.AddRange(workers);
        await db.SaveChangesAsync();
        db.TrainingRecords.AddRange(workers.Where((_, i) => i % 3 != 0).Select((w, i) => new TrainingRecord
        {
            AreaId = area.Id,
            OrganisationId = w.OrganisationId,
            WorkerId = w.Id,
            StaffReference = w.StaffReference,
            Title = "Safeguarding",
            Topic = i % 4 == 0 ? "first-aid" : "safeguarding",
            CompletedOn = Today.AddDays(-random.Next(1, 700)),
            UpdatedAt = DateTime.UtcNow,
        }));
        await db.SaveChangesAsync();
        return area.Id;
    });
}
