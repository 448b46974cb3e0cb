using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Qualifications.Structure;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data.Qualifications;
using OneWorkforce.Web.Infrastructure;

namespace OneWorkforce.Web.Pages.Qualifications;

/// <summary>How well qualifications cover the Common Core: the figures seed 002 §6.4 worked out by hand, computed live.</summary>
public sealed class CoverageModel(CoverageQueries coverage) : PageModel
{
    public CoverageReport Report { get; private set; } = null!;
    public IReadOnlyList<CoverageQueries.AreaName> Areas { get; private set; } = [];

    public IReadOnlyList<CoverageQueries.RoleName> RolesWithoutSignificant { get; private set; } = [];
    public IReadOnlyList<SimilarOffer> SimilarOffers { get; private set; } = [];

    public async Task OnGetAsync()
    {
        (Report, Areas) = await coverage.CommonCoreAsync();
        (RolesWithoutSignificant, SimilarOffers) = await coverage.GapsAsync();
    }

    public async Task<IActionResult> OnGetCsvAsync(string table)
    {
        (Report, Areas) = await coverage.CommonCoreAsync();
        return table switch
        {
            "areas" => CsvDownload.File("common-core-coverage-by-area.csv", ["Area", "Title", "Units mapped", "Units considered", "Share"],
                Report.AreaShares.Select(a => (IReadOnlyList<string>)[Number(a.AreaCode), Title(a.AreaCode), Text(a.Units), Text(Report.UnitsConsidered), Percent(a.Share)])
                    .Append([ "none", "Mapped to no area", Text(Report.UnitsMappedToNone), Text(Report.UnitsConsidered), Percent(Report.ShareMappedToNone) ])),
            "levels" => CsvDownload.File("common-core-coverage-by-level.csv", ["Level", "Units", "Units mapped to any area", "Share"],
                Report.ByLevel.Select(l => (IReadOnlyList<string>)[LevelName(l.LevelCode), Text(l.Units), Text(l.MappedUnits), Percent(l.Share)])),
            _ => NotFound(),
        };
    }

    public string Number(string areaCode) => Areas.FirstOrDefault(a => a.Code == areaCode)?.Number.ToString(CultureInfo.InvariantCulture) ?? areaCode;

    public string Title(string areaCode) => Areas.FirstOrDefault(a => a.Code == areaCode)?.Title ?? areaCode;

    public static string LevelName(string code) => QualificationLevels.Find(code)?.Name ?? code;

    public static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
