using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Imports;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Core.Qualifications.Templates;
using OneWorkforce.Data.Imports;

namespace OneWorkforce.Data.Qualifications;

/// <summary>
/// Imports provider offers (<c>--format offers</c>). An offer is one provider's offer of one
/// qualification in one place by one delivery mode; a row adds it or updates its cost, funding, dates and link.
/// </summary>
public sealed class OfferImport(OneWorkforceDbContext database) : TemplateImport(database)
{
    public const string Format = "offers";

    public async Task<ImportSummary> ImportAsync(string fileName, byte[] content, bool dryRun = false)
    {
        var (rows, problems) = CsvRecords.Read<OfferRow>(TableFile.Read(fileName, content), "offers template", NativeTemplates.Offers.Columns, NativeTemplates.Offers.Read);
        problems.AddRange(CsvRecords.Repeats(fileName, rows, r => r.Key, r => r.Line, NativeTemplates.Offers.Provider, "The offer of"));
        var refs = rows.Select(r => r.QualificationReference).Distinct().ToList();
        var qualifications = await db.Qualifications.Where(q => refs.Contains(q.Reference)).ToDictionaryAsync(q => q.Reference, q => q.Id);
        var areas = await db.Areas.Include(a => a.Districts).ToDictionaryAsync(a => a.Code);
        foreach (var row in rows)
        {
            if (!qualifications.ContainsKey(row.QualificationReference))
            {
                problems.Add(new ImportProblem(fileName, row.Line, NativeTemplates.Offers.Qualification, row.QualificationReference,
                    $"There is no qualification {row.QualificationReference}. Correct the reference"));
            }
            if (row.AreaCode is not null && !areas.ContainsKey(row.AreaCode))
            {
                problems.Add(new ImportProblem(fileName, row.Line, NativeTemplates.Offers.Area, row.AreaCode,
                    $"There is no area {row.AreaCode}. Use the ONS code of an area set up here, or leave it empty for an offer open across England"));
            }
            else if (row.District is not null && areas[row.AreaCode!].Districts.All(d => !string.Equals(d.Name, row.District, StringComparison.OrdinalIgnoreCase)))
            {
                var districts = areas[row.AreaCode!].Districts.Select(d => d.Name).ToList();
                problems.Add(new ImportProblem(fileName, row.Line, NativeTemplates.Offers.District, row.District,
                    districts.Count == 0 ? $"Area {row.AreaCode} has no districts set up. Leave District empty"
                        : $"Area {row.AreaCode} has no district '{row.District}'. Use one of: {string.Join(", ", districts)}"));
            }
        }
        if (problems.Count > 0)
        {
            return Failed(problems);
        }
        var ids = qualifications.Values.ToList();
        var existing = await db.ProviderOffers.Where(o => ids.Contains(o.QualificationId)).ToListAsync();
        int added = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            var qualificationId = qualifications[row.QualificationReference];
            int? areaId = row.AreaCode is null ? null : areas[row.AreaCode].Id;
            var district = row.District is null ? null : areas[row.AreaCode!].Districts.First(d => string.Equals(d.Name, row.District, StringComparison.OrdinalIgnoreCase)).Name;
            var offer = existing.FirstOrDefault(o => o.QualificationId == qualificationId && o.Provider == row.Provider && o.AreaId == areaId
                                                     && o.District == district && o.DeliveryMode == row.DeliveryMode);
            if (offer is null)
            {
                db.ProviderOffers.Add(new ProviderOffer
                {
                    QualificationId = qualificationId, Provider = row.Provider, AreaId = areaId, District = district, DeliveryMode = row.DeliveryMode,
                    CostPence = row.CostPence, Funding = row.Funding, StartDates = row.StartDates, Url = row.Url,
                });
                added++;
            }
            else if ((offer.CostPence, offer.Funding, offer.StartDates, offer.Url) != (row.CostPence, row.Funding, row.StartDates, row.Url))
            {
                (offer.CostPence, offer.Funding, offer.StartDates, offer.Url) = (row.CostPence, row.Funding, row.StartDates, row.Url);
                updated++;
            }
            else
            {
                unchanged++;
            }
        }
        return await CommitAsync(new ImportSummary(added, updated, unchanged, []), dryRun);
    }
}
