using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data.Partners;

namespace OneWorkforce.Web.Api;

/// <summary>The partner directory as JSON: listed organisations with the directory page's filters.</summary>
internal static class DirectoryApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/organisations", async (string? q, string? area, string? category, string? sector, int? district, string? ageRange, int? page, int? pageSize,
            PartnerDirectory directory, CancellationToken cancellationToken) =>
        {
            var (paging, errors) = Paging.From(page, pageSize);
            void Code(string? value, CodeList list, string field)
            {
                if (value is not null && !list.Contains(value))
                {
                    errors.Add(field, $"{field} must be one of: {string.Join(", ", list.Items.Select(i => i.Code))}");
                }
            }
            Code(category, WorkforceCodeLists.OrganisationCategories, "category");
            Code(sector, WorkforceCodeLists.WorkforceSectors, "sector");
            Code(ageRange, WorkforceCodes.AgeRanges, "ageRange");
            if (errors.Any)
            {
                return ApiResults.Invalid(errors);
            }
            var (items, total) = await directory.SearchAsync(new DirectoryFilter(area, q, category, sector, district, ageRange), paging.Skip, paging.PageSize, cancellationToken);
            return Results.Ok(new PagedList<object>(items.Select(e => (object)new
            {
                e.Id, e.Name, area = e.AreaName, e.Description, categories = e.Categories, ageRanges = e.AgeRanges, sectors = e.Sectors, employerSector = e.EmployerSector,
                districtsServed = e.DistrictsServed, e.Website, e.Phone, email = e.ContactEmail, checkedOn = e.ListingConfirmedOn,
            }).ToList(), total, paging.Page, paging.PageSize));
        }).WithSummary("Organisations in the partner directory, with the directory's filters").Produces<PagedList<object>>().ProducesProblem(400);
    }
}
