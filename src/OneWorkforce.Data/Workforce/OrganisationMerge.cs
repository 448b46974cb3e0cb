using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Workforce;

namespace OneWorkforce.Data.Workforce;

/// <summary>
/// Applies the rows of an organisations file through EF (an area has hundreds of organisations, not
/// millions): new references added, changed organisations updated, categories replaced.
/// </summary>
internal sealed class OrganisationMerge(OneWorkforceDbContext db, int areaId, IReadOnlyList<string> fileNames, UploadMessageLog log)
{
    private static readonly RecordLayout Layout = WorkforceStandard.Organisations;

    public async Task<LayoutCounts> ApplyAsync(List<(int FileNo, long Row, object?[] Values)> rows, CancellationToken cancellationToken)
    {
        var existing = await db.Organisations.Include(o => o.Categories).Where(o => o.AreaId == areaId).ToDictionaryAsync(o => o.Reference, cancellationToken);
        var districts = await db.Districts.Where(d => d.AreaId == areaId).ToDictionaryAsync(d => d.Name, d => d.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var seen = new Dictionary<string, (int FileNo, long Row)>();
        int added = 0, updated = 0, unchanged = 0;
        foreach (var (fileNo, row, values) in rows)
        {
            var file = fileNames[fileNo];
            var reference = (string)values[0]!;
            if (seen.TryGetValue(reference, out var first))
            {
                log.Add(MessageCodes.DuplicateRow.At(file, row, "organisation_reference", reference, $"Organisation '{reference}' is also on row {first.Row} of {fileNames[first.FileNo]}."));
                continue;
            }
            seen[reference] = (fileNo, row);
            int? districtId = null;
            if (Value(values, "district") is { } districtName)
            {
                if (!districts.TryGetValue(districtName, out var id))
                {
                    log.Add(MessageCodes.UnknownCode.At(file, row, "district", districtName,
                        $"'{districtName}' is not a district of this area. Use one of: {string.Join(", ", districts.Keys.Order())}."));
                    continue;
                }
                districtId = id;
            }
            var isNew = !existing.TryGetValue(reference, out var organisation);
            organisation ??= new Organisation { AreaId = areaId, Reference = reference, Name = "", EmployerSector = "", CreatedAt = DateTime.UtcNow };
            var before = Describe(organisation);
            organisation.Name = (string)values[1]!;
            organisation.EmployerSector = (string)values[2]!;
            var categories = ((string)values[3]!).Split(';');
            organisation.WorkforceSectors = Value(values, "workforce_sectors");
            organisation.DistrictId = districtId;
            organisation.AgeRanges = Value(values, "age_ranges");
            organisation.SizeBand = Value(values, "size_band");
            organisation.TurnoverBand = Value(values, "turnover_band");
            organisation.TrainingBudgetBand = Value(values, "training_budget_band");
            organisation.ContactEmail = Value(values, "contact_email");
            if (!organisation.Categories.Select(c => c.CategoryCode).Order().SequenceEqual(categories.Order()))
            {
                organisation.Categories.Clear();
                organisation.Categories.AddRange(categories.Select(c => new OrganisationCategoryLink { CategoryCode = c }));
            }
            if (isNew)
            {
                db.Organisations.Add(organisation);
                existing[reference] = organisation;
                added++;
            }
            else if (before != Describe(organisation))
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return new LayoutCounts(Layout.Name, rows.Count, added, updated, unchanged, 0);
    }

    private static string? Value(object?[] values, string column) => (string?)values[Layout.Fields.ToList().FindIndex(f => f.Column == column)];

    private static string Describe(Organisation o) => string.Join('|', o.Name, o.EmployerSector, o.WorkforceSectors, o.DistrictId, o.AgeRanges, o.SizeBand, o.TurnoverBand,
        o.TrainingBudgetBand, o.ContactEmail, string.Join(';', o.Categories.Select(c => c.CategoryCode).Order()));
}
