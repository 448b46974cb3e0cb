using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Qualifications.Templates;

namespace OneWorkforce.Data.Qualifications;

/// <summary>A native template's content: its header and rows, every value written as the import reads it.</summary>
public sealed record TemplateTable(string Format, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// Exports every native template in the shape its import reads, sorted by key (ordinal, so both
/// databases give the same bytes): export, import into an empty database, export again gives the same files.
/// </summary>
public sealed class TemplateExports(OneWorkforceDbContext db)
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;

    public Task<TemplateTable> ExportAsync(string format, CancellationToken cancellationToken = default) => format switch
    {
        NativeQualificationImport.Format => QualificationsAsync(cancellationToken),
        TemplateImports.UnitsFormat => UnitsAsync(cancellationToken),
        TemplateImports.StructuresFormat => StructuresAsync(cancellationToken),
        TemplateImports.MappingsFormat => MappingsAsync(cancellationToken),
        RoleTemplateImports.RolesFormat => RolesAsync(cancellationToken),
        RoleTemplateImports.ClustersFormat => ClustersAsync(cancellationToken),
        RoleTemplateImports.RequirementsFormat => RequirementsAsync(cancellationToken),
        TemplateImports.RoleLinksFormat => RoleLinksAsync(cancellationToken),
        OfferImport.Format => OffersAsync(cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not an exportable template"),
    };

    private async Task<TemplateTable> QualificationsAsync(CancellationToken cancellationToken)
    {
        var references = await db.Qualifications.AsNoTracking().ToDictionaryAsync(q => q.Id, q => q.Reference, cancellationToken);
        var rows = (await db.Qualifications.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(q => q.Reference, Ordinal)
            .Select(q => Row(q.Reference, q.Number, q.Title, q.LevelCode, q.TypeCode, q.AwardingBodyAsWritten, Whole(q.Credits), Whole(q.GuidedLearningHours),
                Whole(q.TotalQualificationTime), q.AgeFocus, q.Status, Date(q.ValidFrom), Date(q.ValidTo), Date(q.OperationalEnd), Date(q.CertificationEnd),
                q.SourceUrl, q.Notes, q.ReplacedById is { } id ? references[id] : null));
        return new TemplateTable(NativeQualificationImport.Format, NativeTemplates.Qualifications.Columns, rows.ToList());
    }

    private async Task<TemplateTable> UnitsAsync(CancellationToken cancellationToken)
    {
        var rows = (await db.Units.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(u => u.Reference, Ordinal)
            .Select(u => Row(u.Reference, u.Title, u.LevelCode, Whole(u.Credits), Whole(u.GuidedLearningHours)));
        return new TemplateTable(TemplateImports.UnitsFormat, NativeTemplates.Units.Columns, rows.ToList());
    }

    private async Task<TemplateTable> StructuresAsync(CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Reference, cancellationToken);
        var groups = await db.UnitGroups.AsNoTracking().Include(g => g.Members).ToListAsync(cancellationToken);
        var qualificationIds = groups.Select(g => g.QualificationId).Distinct().ToList();
        var qualifications = await db.Qualifications.AsNoTracking().Where(q => qualificationIds.Contains(q.Id)).ToDictionaryAsync(q => q.Id, cancellationToken);
        var rows = groups
            .SelectMany(g => g.Members.Select(m => (Qualification: qualifications[g.QualificationId], Group: g, Unit: units[m.UnitId])))
            .OrderBy(r => r.Qualification.Reference, Ordinal).ThenBy(r => r.Group.Code, Ordinal).ThenBy(r => r.Unit, Ordinal)
            .Select(r => Row(r.Qualification.Reference, r.Group.Code, r.Group.Title, YesNo(r.Group.Mandatory), Whole(r.Group.MinCredits), Whole(r.Group.MinUnits),
                r.Unit, Whole(r.Qualification.Credits), r.Qualification.LevelRuleLevelCode, Whole(r.Qualification.LevelRuleMinCredits)));
        return new TemplateTable(TemplateImports.StructuresFormat, NativeTemplates.Structures.Columns, rows.ToList());
    }

    private async Task<TemplateTable> MappingsAsync(CancellationToken cancellationToken)
    {
        var areas = await db.FrameworkAreas.AsNoTracking().Include(a => a.Framework).ToDictionaryAsync(a => a.Id, cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Reference, cancellationToken);
        var mappings = await db.FrameworkMappings.AsNoTracking().ToListAsync(cancellationToken);
        var qualificationIds = mappings.Where(m => m.QualificationId is not null).Select(m => m.QualificationId!.Value).Distinct().ToList();
        var qualifications = await db.Qualifications.AsNoTracking().Where(q => qualificationIds.Contains(q.Id)).ToDictionaryAsync(q => q.Id, q => q.Reference, cancellationToken);
        var rows = mappings
            .Select(m => (Area: areas[m.FrameworkAreaId], Unit: m.UnitId is { } u ? units[u] : null, Qualification: m.QualificationId is { } q ? qualifications[q] : null, m))
            .OrderBy(r => r.Area.Framework!.Code, Ordinal).ThenBy(r => r.Area.Framework!.Version, Ordinal).ThenBy(r => r.Area.Number)
            .ThenBy(r => r.Unit ?? "", Ordinal).ThenBy(r => r.Qualification ?? "", Ordinal)
            .Select(r => Row(r.Area.Framework!.Code, r.Area.Framework.Version, Whole(r.Area.Number), r.Unit, r.Qualification, r.m.Strength, r.m.Rationale));
        return new TemplateTable(TemplateImports.MappingsFormat, NativeTemplates.Mappings.Columns, rows.ToList());
    }

    private async Task<TemplateTable> RolesAsync(CancellationToken cancellationToken)
    {
        var rows = (await db.WorkforceRoles.AsNoTracking().Include(r => r.Sectors).ToListAsync(cancellationToken)).OrderBy(r => r.Code, Ordinal)
            .Select(r => Row(r.Code, r.Title, r.Description, r.WorkforceType, List(r.Sectors.Select(s => s.SectorCode).Order(Ordinal))));
        return new TemplateTable(RoleTemplateImports.RolesFormat, NativeTemplates.Roles.Columns, rows.ToList());
    }

    private async Task<TemplateTable> ClustersAsync(CancellationToken cancellationToken)
    {
        var roles = await db.WorkforceRoles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Code, cancellationToken);
        var rows = (await db.ClusterSchemes.AsNoTracking().Include(s => s.Allocations).ToListAsync(cancellationToken))
            .SelectMany(s => s.Allocations.Select(a => (Scheme: s, Role: roles[a.RoleId], a.Cluster)))
            .OrderBy(r => r.Scheme.Code, Ordinal).ThenBy(r => r.Role, Ordinal)
            .Select(r => Row(r.Scheme.Code, r.Scheme.Title, r.Role, r.Cluster));
        return new TemplateTable(RoleTemplateImports.ClustersFormat, NativeTemplates.RoleClusters.Columns, rows.ToList());
    }

    private async Task<TemplateTable> RequirementsAsync(CancellationToken cancellationToken)
    {
        var roles = await db.WorkforceRoles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Code, cancellationToken);
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, cancellationToken);
        var requirements = await db.RoleRequirements.AsNoTracking().Include(r => r.Accepted).ToListAsync(cancellationToken);
        var ids = requirements.SelectMany(r => r.Accepted).Select(a => a.QualificationId).Distinct().ToList();
        var qualifications = await db.Qualifications.AsNoTracking().Where(q => ids.Contains(q.Id)).ToDictionaryAsync(q => q.Id, q => q.Reference, cancellationToken);
        var rows = requirements
            .Select(r => (Role: roles[r.RoleId], Area: r.AreaId is { } a ? areas[a] : null, r))
            .OrderBy(r => r.Role, Ordinal).ThenBy(r => r.Area ?? "", Ordinal)
            .Select(r => Row(r.Role, r.Area, r.r.MinimumLevelCode, List(r.r.Accepted.Select(a => qualifications[a.QualificationId]).Order(Ordinal)), r.r.Summary));
        return new TemplateTable(RoleTemplateImports.RequirementsFormat, NativeTemplates.RoleRequirements.Columns, rows.ToList());
    }

    private async Task<TemplateTable> RoleLinksAsync(CancellationToken cancellationToken)
    {
        var roles = await db.WorkforceRoles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Code, cancellationToken);
        var links = await db.RoleQualifications.AsNoTracking().ToListAsync(cancellationToken);
        var ids = links.Select(l => l.QualificationId).Distinct().ToList();
        var qualifications = await db.Qualifications.AsNoTracking().Where(q => ids.Contains(q.Id)).ToDictionaryAsync(q => q.Id, q => q.Reference, cancellationToken);
        var rows = links.Select(l => (Role: roles[l.RoleId], Qualification: qualifications[l.QualificationId], l))
            .OrderBy(r => r.Role, Ordinal).ThenBy(r => r.Qualification, Ordinal)
            .Select(r => Row(r.Role, r.Qualification, r.l.Significance, YesNo(r.l.Mandatory), r.l.Note));
        return new TemplateTable(TemplateImports.RoleLinksFormat, NativeTemplates.RoleLinks.Columns, rows.ToList());
    }

    private async Task<TemplateTable> OffersAsync(CancellationToken cancellationToken)
    {
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, cancellationToken);
        var offers = await db.ProviderOffers.AsNoTracking().ToListAsync(cancellationToken);
        var ids = offers.Select(o => o.QualificationId).Distinct().ToList();
        var qualifications = await db.Qualifications.AsNoTracking().Where(q => ids.Contains(q.Id)).ToDictionaryAsync(q => q.Id, q => q.Reference, cancellationToken);
        var rows = offers.Select(o => (Qualification: qualifications[o.QualificationId], Area: o.AreaId is { } a ? areas[a] : null, o))
            .OrderBy(r => r.Qualification, Ordinal).ThenBy(r => r.o.Provider, Ordinal).ThenBy(r => r.Area ?? "", Ordinal)
            .ThenBy(r => r.o.District ?? "", Ordinal).ThenBy(r => r.o.DeliveryMode, Ordinal)
            .Select(r => Row(r.Qualification, r.o.Provider, r.Area, r.o.District, r.o.DeliveryMode, Pounds(r.o.CostPence), r.o.Funding, r.o.StartDates, r.o.Url));
        return new TemplateTable(OfferImport.Format, NativeTemplates.Offers.Columns, rows.ToList());
    }

    private static IReadOnlyList<string> Row(params string?[] values) => values.Select(v => v ?? "").ToArray();

    private static string? Whole(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string List(IEnumerable<string> items) => string.Join("; ", items);

    public static string? Pounds(int? pence) => pence is { } p ? (p / 100m).ToString("0.00", CultureInfo.InvariantCulture) : null;
}
