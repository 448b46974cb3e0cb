using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Qualifications;

namespace OneWorkforce.Data.Qualifications;

/// <summary>An offer as the qualification page shows it.</summary>
public sealed record OfferView(string Provider, string? AreaCode, string? AreaName, string? District, string DeliveryMode, int? CostPence,
    string? Funding, string? StartDates, string? Url);

public sealed class OfferQueries(OneWorkforceDbContext db)
{
    /// <summary>Who offers a qualification, cheapest known first; offers in <paramref name="areaCode"/> and national ones only, when given.</summary>
    public async Task<List<OfferView>> OffersAsync(int qualificationId, string? areaCode = null, CancellationToken cancellationToken = default)
    {
        var offers = await db.ProviderOffers.AsNoTracking().Where(o => o.QualificationId == qualificationId)
            .GroupJoin(db.Areas, o => o.AreaId, a => a.Id, (o, a) => new { o, a })
            .SelectMany(x => x.a.DefaultIfEmpty(), (x, a) => new OfferView(x.o.Provider, a == null ? null : a.Code, a == null ? null : a.Name, x.o.District,
                x.o.DeliveryMode, x.o.CostPence, x.o.Funding, x.o.StartDates, x.o.Url))
            .ToListAsync(cancellationToken);
        return offers.Where(o => areaCode is null || o.AreaCode is null || o.AreaCode == areaCode)
            .OrderBy(o => o.CostPence is null).ThenBy(o => o.CostPence).ThenBy(o => o.Provider, StringComparer.Ordinal).ToList();
    }

    /// <summary>The lowest known cost of every offered qualification (by id), in pounds, for ranking routes; worked out by the database.</summary>
    public static async Task<Dictionary<int, decimal>> LowestCostsAsync(OneWorkforceDbContext db, CancellationToken cancellationToken = default) =>
        (await db.ProviderOffers.AsNoTracking().Where(o => o.CostPence != null)
            .GroupBy(o => o.QualificationId).Select(g => new { g.Key, Lowest = g.Min(o => o.CostPence!.Value) }).ToListAsync(cancellationToken))
        .ToDictionary(x => x.Key, x => x.Lowest / 100m);
}
