using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Partners;

namespace OneWorkforce.Data.Partners;

/// <summary>
/// The demo area's directory: its named organisations listed with what they do; the health team's listing last checked
/// 14 months ago (due for review), and the scout group waiting for the lead's approval.
/// </summary>
public sealed class DemoDirectory(OneWorkforceDbContext db, TimeProvider clock)
{
    private static readonly Dictionary<string, (string Description, string Ages, string? Website, string? Phone, string Status, int MonthsAgo)> Listings = new()
    {
        ["EY100001"] = ("A day nursery for children from 6 months to 5 years, open 7.30am to 6pm all year, with funded places for 2, 3 and 4 year olds.", "0-4", "https://little-acorns.example.org", "01632 960 101", PartnerListing.Listed, 2),
        ["CH200002"] = ("Open youth sessions three evenings a week, a Saturday music project and detached youth work on the Riverside estate.", "12-19", "https://riverside-youth.example.org", "01632 960 102", PartnerListing.Listed, 5),
        ["URN300003"] = ("A voluntary aided primary school of 210 pupils with a resourced provision for children with speech and language needs.", "5-11", "https://st-annes.example.sch.uk", "01632 960 103", PartnerListing.Listed, 3),
        ["CH400004"] = ("Beavers, Cubs and Scouts meeting weekly in Northbridge, run by volunteers; new leaders always welcome.", "5-11;12-19", null, null, PartnerListing.Requested, 0),
        ["NHS500005"] = ("Health visitors, school nurses and the family nurse partnership for the whole county.", "0-4;5-11;12-19;families", "https://health.example.nhs.uk", "01632 960 105", PartnerListing.Listed, 14),
        ["TP600006"] = ("Training for everyone who works with children: safeguarding, first aid, the Common Core and more, often free for volunteers.", "", "https://training.example.org", "01632 960 106", PartnerListing.Listed, 1),
    };

    public async Task LoadAsync(Area area, CancellationToken cancellationToken = default)
    {
        if (await db.Organisations.AnyAsync(o => o.AreaId == area.Id && o.ListingStatus != null, cancellationToken))
        {
            return;
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var organisations = await db.Organisations.Where(o => o.AreaId == area.Id && Listings.Keys.Contains(o.Reference)).ToListAsync(cancellationToken);
        foreach (var organisation in organisations)
        {
            var (description, ages, website, phone, status, monthsAgo) = Listings[organisation.Reference];
            organisation.Description = description;
            organisation.AgeRanges ??= ages.Length == 0 ? null : ages;
            organisation.Website = website;
            organisation.Phone = phone;
            organisation.ContactEmail ??= website is null ? "scouts.northbridge@example.org" : "hello@" + new Uri(website).Host;
            organisation.DistrictsServed = organisation.Reference is "NHS500005" or "TP600006" ? PartnerListing.CountyWide : null;
            organisation.ListingStatus = status;
            organisation.ListingConfirmedOn = status == PartnerListing.Listed ? today.AddMonths(-monthsAgo) : null;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
