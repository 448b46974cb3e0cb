using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Partners;
using OneWorkforce.Core.Validation;
using OneWorkforce.Data.Audit;

namespace OneWorkforce.Data.Partners;

/// <summary>What the directory search is narrowed by; every part optional.</summary>
public sealed record DirectoryFilter(string? Area = null, string? Text = null, string? Category = null, string? Sector = null, int? District = null, string? AgeRange = null);

/// <summary>One organisation as the public directory shows it.</summary>
public sealed record DirectoryEntry(int Id, string Name, string AreaName, string? Description, IReadOnlyList<string> Categories, IReadOnlyList<string> AgeRanges,
    IReadOnlyList<string> Sectors, string EmployerSector, IReadOnlyList<string> DistrictsServed, string? Website, string? Phone, string? ContactEmail,
    string? ListingStatus, DateOnly? ListingConfirmedOn);

/// <summary>
/// The partner directory: organisations ask to be listed by saving their listing, the area lead approves, the listing is
/// then public; saving it again confirms it; listings not confirmed for 12 months are flagged for review. Every change is audited.
/// </summary>
public sealed class PartnerDirectory(OneWorkforceDbContext db, AuditLog audit, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Listed organisations matching the filter, by name, a page at a time.</summary>
    public async Task<(IReadOnlyList<DirectoryEntry> Items, int Total)> SearchAsync(DirectoryFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        var query = db.Organisations.AsNoTracking().Where(o => o.ListingStatus == PartnerListing.Listed);
        if (!string.IsNullOrWhiteSpace(filter.Area))
        {
            query = query.Where(o => o.Area!.Code == filter.Area);
        }
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim().ToLowerInvariant();
            query = query.Where(o => o.Name.ToLower().Contains(text) || (o.Description != null && o.Description.ToLower().Contains(text)));
        }
        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            query = query.Where(o => o.Categories.Any(c => c.CategoryCode == filter.Category));
        }
        if (!string.IsNullOrWhiteSpace(filter.Sector))
        {
            var code = $";{filter.Sector};";
            query = query.Where(o => (";" + o.WorkforceSectors + ";").Contains(code));
        }
        if (!string.IsNullOrWhiteSpace(filter.AgeRange))
        {
            var code = $";{filter.AgeRange};";
            query = query.Where(o => (";" + o.AgeRanges + ";").Contains(code));
        }
        if (filter.District is { } district)
        {
            var code = $";{district.ToString(CultureInfo.InvariantCulture)};";
            query = query.Where(o => o.DistrictsServed == PartnerListing.CountyWide || (";" + o.DistrictsServed + ";").Contains(code) || (o.DistrictsServed == null && o.DistrictId == district));
        }
        var total = await query.CountAsync(cancellationToken);
        var ids = await query.OrderBy(o => o.Name).ThenBy(o => o.Id).Skip(skip).Take(take).Select(o => o.Id).ToListAsync(cancellationToken);
        return (await EntriesAsync(ids, cancellationToken), total);
    }

    /// <summary>One organisation's listing: only a listed one, unless <paramref name="anyStatus"/> (its own managers and its area's lead).</summary>
    public async Task<DirectoryEntry?> FindAsync(int id, bool anyStatus = false, CancellationToken cancellationToken = default)
    {
        var entry = (await EntriesAsync([id], cancellationToken)).SingleOrDefault();
        return entry is null || (!anyStatus && entry.ListingStatus != PartnerListing.Listed) ? null : entry;
    }

    private async Task<List<DirectoryEntry>> EntriesAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new
            {
                o.Id, o.Name, Area = o.Area!.Name, o.AreaId, o.Description, Categories = o.Categories.Select(c => c.CategoryCode).ToList(), o.AgeRanges, o.WorkforceSectors,
                o.EmployerSector, o.DistrictsServed, o.DistrictId, o.Website, o.Phone, o.ContactEmail, o.ListingStatus, o.ListingConfirmedOn,
            }).ToListAsync(cancellationToken);
        var areas = rows.Select(r => r.AreaId).Distinct().ToList();
        var districts = await db.Districts.AsNoTracking().Where(d => areas.Contains(d.AreaId)).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        IReadOnlyList<string> Served(string? served, int? home) => served == PartnerListing.CountyWide ? ["The whole area"]
            : served is null ? (home is { } h && districts.TryGetValue(h, out var name) ? [name] : [])
            : PartnerListing.ParseDistricts(served).Select(d => districts.GetValueOrDefault(d, "")).Where(n => n.Length > 0).Order(StringComparer.Ordinal).ToList();
        static IReadOnlyList<string> Split(string? list) => (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);
        var byId = rows.ToDictionary(r => r.Id, r => new DirectoryEntry(r.Id, r.Name, r.Area, r.Description, r.Categories, Split(r.AgeRanges), Split(r.WorkforceSectors),
            r.EmployerSector, Served(r.DistrictsServed, r.DistrictId), r.Website, r.Phone, r.ContactEmail, r.ListingStatus, r.ListingConfirmedOn));
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    /// <summary>
    /// An organisation saves its listing: the first time it asks to be listed (the area lead approves); once listed, saving
    /// it confirms it as correct today.
    /// </summary>
    public async Task<FieldErrors> SaveAsync(int organisationId, PartnerListing listing, CancellationToken cancellationToken = default)
    {
        var organisation = await db.Organisations.Include(o => o.Categories).SingleAsync(o => o.Id == organisationId, cancellationToken);
        var districts = await db.Districts.Where(d => d.AreaId == organisation.AreaId).Select(d => d.Id).ToListAsync(cancellationToken);
        var errors = listing.Check(districts);
        if (errors.Any)
        {
            return errors;
        }
        var before = organisation.ListingStatus;
        organisation.Description = listing.Description!.Trim();
        organisation.Website = Blank(listing.Website);
        organisation.Phone = Blank(listing.Phone);
        organisation.ContactEmail = Blank(listing.ContactEmail);
        organisation.AgeRanges = listing.AgeRanges.Count == 0 ? null : string.Join(';', listing.AgeRanges.Distinct());
        organisation.DistrictsServed = listing.DistrictsServed;
        organisation.Categories.RemoveAll(c => !listing.Categories.Contains(c.CategoryCode));
        foreach (var code in listing.Categories.Distinct().Where(c => organisation.Categories.All(x => x.CategoryCode != c)))
        {
            organisation.Categories.Add(new OrganisationCategoryLink { OrganisationId = organisation.Id, CategoryCode = code });
        }
        if (organisation.ListingStatus == PartnerListing.Listed)
        {
            organisation.ListingConfirmedOn = Today;
        }
        else
        {
            organisation.ListingStatus = PartnerListing.Requested;
        }
        audit.Record("directory-listing-save", "Organisation", organisation.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["listing_status"] = new(before, organisation.ListingStatus) }, organisation.AreaId, organisation.Id);
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    /// <summary>The area lead lists a requested organisation (or confirms a listed one), or takes it out of the directory.</summary>
    public async Task<bool> DecideAsync(int areaId, int organisationId, bool list, CancellationToken cancellationToken = default)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId && o.AreaId == areaId && o.ListingStatus != null, cancellationToken);
        if (organisation is null)
        {
            return false;
        }
        var before = organisation.ListingStatus;
        organisation.ListingStatus = list ? PartnerListing.Listed : null;
        organisation.ListingConfirmedOn = list ? Today : organisation.ListingConfirmedOn;
        audit.Record(list ? "directory-listing-approve" : "directory-listing-remove", "Organisation", organisationId.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["listing_status"] = new(before, organisation.ListingStatus) }, areaId, organisationId);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The area's organisations in the directory or asking to be: for the lead's page and the export.</summary>
    public async Task<IReadOnlyList<DirectoryEntry>> ForAreaAsync(int areaId, CancellationToken cancellationToken = default)
    {
        var ids = await db.Organisations.AsNoTracking().Where(o => o.AreaId == areaId && o.ListingStatus != null).OrderBy(o => o.Name).Select(o => o.Id).ToListAsync(cancellationToken);
        return await EntriesAsync(ids, cancellationToken);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
