using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Qualifications.Structure;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data.Qualifications;
using OneWorkforce.Web.Infrastructure;

namespace OneWorkforce.Web.Pages.Qualifications;

/// <summary>How well qualifications cover the Common Core: the figures seed 002 §6.4 worked out by hand, computed live.</summary>
public sealed class CoverageModel(CoverageQueries coverage, RoleQueries roles) : PageModel
{
    public CoverageReport Report { get; private set; } = null!;
    public IReadOnlyList<CoverageQueries.AreaName> Areas { get; private set; } = [];
    public IReadOnlyList<SectorCoverage> Sectors { get; private set; } = [];
    public GapMatrix? Matrix { get; private set; }
    public IReadOnlyList<CodeListItem> Schemes { get; private set; } = [];

    public IReadOnlyList<CoverageQueries.RoleName> RolesWithoutSignificant { get; private set; } = [];
    public IReadOnlyList<SimilarOffer> SimilarOffers { get; private set; } = [];

    /// <summary>The cluster scheme the matrix uses.</summary>
    [BindProperty(SupportsGet = true)]
    public string Scheme { get; set; } = ClusterSchemes.WorkforceSector;

    public async Task OnGetAsync()
    {
        (Report, Areas, Sectors) = await coverage.CommonCoreWithSectorsAsync();
        (RolesWithoutSignificant, SimilarOffers) = await coverage.GapsAsync();
        Schemes = (await roles.SchemesAsync()).Select(s => new CodeListItem(s.Code, s.Title)).ToList();
        Matrix = await coverage.GapMatrixAsync(Scheme);
        if (Matrix is null && Schemes.Count > 0)
        {
            Scheme = Schemes[0].Code;
            Matrix = await coverage.GapMatrixAsync(Scheme);
        }
    }

    /// <summary>The old CSV links (?handler=Csv&amp;table=…) keep working.</summary>
    public Task<IActionResult> OnGetCsvAsync(string table) => OnGetDownloadAsync(table, "csv");

    /// <summary>Each table of the page as CSV or Excel (type=xlsx).</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string table, string? type)
    {
        (Report, Areas, Sectors) = await coverage.CommonCoreWithSectorsAsync();
        var format = type == "xlsx" ? "xlsx" : "csv";
        switch (table)
        {
            case "areas":
                return CsvDownload.File(format, "common-core-coverage-by-area", ["Area", "Title", "Units mapped", "Units considered", "Share"],
                    Report.AreaShares.Select(a => (IReadOnlyList<string>)[Number(a.AreaCode), Title(a.AreaCode), Text(a.Units), Text(Report.UnitsConsidered), Percent(a.Share)])
                        .Append(["none", "Mapped to no area", Text(Report.UnitsMappedToNone), Text(Report.UnitsConsidered), Percent(Report.ShareMappedToNone)]));
            case "levels":
                return CsvDownload.File(format, "common-core-coverage-by-level", ["Level", "Units", "Units mapped to any area", "Share"],
                    Report.ByLevel.Select(l => (IReadOnlyList<string>)[LevelName(l.LevelCode), Text(l.Units), Text(l.MappedUnits), Percent(l.Share)]));
            case "sectors":
                return CsvDownload.File(format, "common-core-coverage-by-sector", ["Sector", "Mapped qualifications", "Covering 5 or 6 areas", "Share"],
                    Sectors.Select(s => (IReadOnlyList<string>)[SectorName(s.Sector), Text(s.MappedQualifications), Text(s.Covering5Or6), Percent(s.Share)]));
            case "matrix":
                var matrix = await coverage.GapMatrixAsync(Scheme);
                if (matrix is null)
                {
                    return NotFound();
                }
                return CsvDownload.File(format, $"qualifications-by-cluster-and-level-{Scheme}", ["Cluster", .. matrix.Levels.Select(LevelName), "Levels with none"],
                    matrix.Rows.Select(r => (IReadOnlyList<string>)[r.Cluster, .. r.Counts.Select(Text), Text(r.Gaps)]));
            default:
                return NotFound();
        }
    }

    public string Number(string areaCode) => Areas.FirstOrDefault(a => a.Code == areaCode)?.Number.ToString(CultureInfo.InvariantCulture) ?? areaCode;

    public string Title(string areaCode) => Areas.FirstOrDefault(a => a.Code == areaCode)?.Title ?? areaCode;

    public static string LevelName(string code) => QualificationLevels.Find(code)?.Name ?? code;

    public static string SectorName(string code) => WorkforceCodeLists.WorkforceSectors.LabelOf(code);

    public static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
