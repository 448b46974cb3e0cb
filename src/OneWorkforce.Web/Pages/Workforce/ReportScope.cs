using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data;
using OneWorkforce.Data.Workforce.Intelligence;

namespace OneWorkforce.Web.Pages.Workforce;

/// <summary>The scope a report page was asked for, checked and described: which area, organisation, district, sector or category.</summary>
public sealed record ReportScope(ReportFilter Filter, string? AreaCode, string Label, bool SeesOwnFigures, DateOnly AsAt)
{
    public const string AllAreas = "all";

    /// <summary>The query string that asks for this scope again (for downloads and links between reports).</summary>
    public string Query
    {
        get
        {
            var parts = new List<string> { "area=" + Uri.EscapeDataString(AreaCode ?? AllAreas) };
            if (Filter.OrganisationId is { } o) parts.Add("organisation=" + o.ToString(CultureInfo.InvariantCulture));
            if (Filter.DistrictId is { } d) parts.Add("district=" + d.ToString(CultureInfo.InvariantCulture));
            if (Filter.Sector is { } s) parts.Add("sector=" + Uri.EscapeDataString(s));
            if (Filter.Category is { } c) parts.Add("category=" + Uri.EscapeDataString(c));
            parts.Add("asAt=" + AsAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return string.Join("&", parts);
        }
    }

    /// <summary>
    /// Works out the scope from the query. With nothing asked for: a manager's own organisation, a lead's area, or
    /// every area for the national administrator. Returns an error message (for a 404) when something named does not exist,
    /// and null scope with no message when the person may not see it (a 403).
    /// </summary>
    public static async Task<(ReportScope? Scope, string? NotFound)> ResolveAsync(OneWorkforceDbContext db, UserScope user, string? area, int? organisation,
        int? district, string? sector, string? category, string? asAt, DateOnly today)
    {
        var date = today;
        if (!string.IsNullOrWhiteSpace(asAt) && !DateOnly.TryParseExact(asAt.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return (null, $"'{asAt}' is not a date: write it as YYYY-MM-DD");
        }
        if (area is null && organisation is null)
        {
            if (user.IsIn(ServiceRoles.OrganisationManager) && user.OrganisationId is { } own)
            {
                organisation = own;
            }
            else if (!user.IsNationalAdministrator && user.AreaId is { } mine)
            {
                area = await db.Areas.Where(a => a.Id == mine).Select(a => a.Code).SingleOrDefaultAsync();
            }
            else
            {
                area = AllAreas;
            }
        }
        int? areaId = null;
        string? areaCode = null;
        var label = "All areas";
        if (organisation is { } organisationId)
        {
            var found = await db.Organisations.Where(o => o.Id == organisationId).Select(o => new { o.AreaId, o.Name, o.Area!.Code }).SingleOrDefaultAsync();
            if (found is null)
            {
                return (null, "There is no such organisation.");
            }
            (areaId, areaCode, label) = (found.AreaId, found.Code, found.Name);
        }
        else if (area is not null && area != AllAreas)
        {
            var found = await db.Areas.Where(a => a.Code == area.Trim().ToUpper()).Select(a => new { a.Id, a.Code, a.Name }).SingleOrDefaultAsync();
            if (found is null)
            {
                return (null, $"There is no area {area}.");
            }
            (areaId, areaCode, label) = (found.Id, found.Code, found.Name);
        }
        if (!AccessRules.CanViewWorkforceReport(user, areaId, organisation))
        {
            return (null, null);
        }
        if (organisation is null && district is { } districtId)
        {
            var name = await db.Districts.Where(d => d.Id == districtId && d.AreaId == areaId).Select(d => d.Name).SingleOrDefaultAsync();
            if (name is null)
            {
                return (null, "There is no such district in this area.");
            }
            label += ", " + name;
        }
        else
        {
            district = null;
        }
        if (organisation is null && !string.IsNullOrEmpty(sector))
        {
            var found = WorkforceCodeLists.WorkforceSectors.Find(sector);
            if (found is null)
            {
                return (null, $"There is no workforce sector '{sector}'.");
            }
            label += ", " + found.Label.ToLowerInvariant() + " sector";
        }
        else
        {
            sector = null;
        }
        if (organisation is null && !string.IsNullOrEmpty(category))
        {
            var found = WorkforceCodeLists.OrganisationCategories.Find(category);
            if (found is null)
            {
                return (null, $"There is no organisation category '{category}'.");
            }
            label += ", " + found.Label + " organisations";
        }
        else
        {
            category = null;
        }
        var filter = new ReportFilter(areaId, organisation, district, sector, category);
        return (new ReportScope(filter, areaCode, label, AccessRules.SeesOwnWorkforceFigures(user, organisation), date), null);
    }
}
