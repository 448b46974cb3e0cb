using OneWorkforce.Core.Imports;
using OneWorkforce.Data.Frameworks;

namespace OneWorkforce.Data.Qualifications;

/// <summary>A kind of file the qualifications framework imports; native templates also export.</summary>
public sealed record FileFormat(string Code, string Title, string Hint, bool Native);

/// <summary>
/// Every qualifications framework file in one place, for the CLI and the administrator's pages:
/// which formats there are (in the order to import them), importing one, exporting a native template.
/// </summary>
public sealed class QualificationFiles(EarlyYearsImport earlyYears, OfqualImport ofqual, NativeQualificationImport native,
    TemplateImports templates, RoleTemplateImports roleTemplates, OfferImport offers, TemplateExports exports, CaseExchange caseExchange)
{
    public static readonly IReadOnlyList<FileFormat> Formats =
    [
        new(EarlyYearsImport.Format, "DfE early years qualifications list", "Matched by Qualification Ref", false),
        new(OfqualImport.Format, "Ofqual register download", "Matched by qualification number", false),
        new(NativeQualificationImport.Format, "Qualifications template", "Every field of a qualification; matched by Qualification Ref", true),
        new(TemplateImports.UnitsFormat, "Units template", "Matched by Unit Ref", true),
        new(TemplateImports.StructuresFormat, "Structures template", "Import the qualifications and units first", true),
        new(TemplateImports.MappingsFormat, "Framework mappings template", "Import the units first", true),
        new(RoleTemplateImports.RolesFormat, "Roles template", "Matched by role code", true),
        new(RoleTemplateImports.ClustersFormat, "Role clusters template", "A role's cluster under each scheme", true),
        new(RoleTemplateImports.RequirementsFormat, "Role entry requirements template", "National, or an area's variation", true),
        new(TemplateImports.RoleLinksFormat, "Role links template", "Which qualifications serve which roles", true),
        new(OfferImport.Format, "Provider offers template", "Who offers a qualification where, and what it costs", true),
        new(CaseExchange.Format, "Framework as a CASE 1.0 package (JSON)", "Imported as a new framework, with its alignments", false),
    ];

    public static IEnumerable<string> Codes => Formats.Select(f => f.Code);

    public static IEnumerable<string> NativeCodes => Formats.Where(f => f.Native).Select(f => f.Code);

    public Task<ImportSummary> ImportAsync(string format, string fileName, byte[] content, bool dryRun = false, CancellationToken cancellationToken = default) => format switch
    {
        EarlyYearsImport.Format => earlyYears.ImportAsync(fileName, content, dryRun, cancellationToken),
        OfqualImport.Format => ofqual.ImportAsync(fileName, content, dryRun, cancellationToken),
        NativeQualificationImport.Format => native.ImportAsync(fileName, content, dryRun, cancellationToken),
        RoleTemplateImports.RolesFormat => roleTemplates.RolesAsync(fileName, content, dryRun),
        RoleTemplateImports.ClustersFormat => roleTemplates.ClustersAsync(fileName, content, dryRun),
        RoleTemplateImports.RequirementsFormat => roleTemplates.RequirementsAsync(fileName, content, dryRun),
        OfferImport.Format => offers.ImportAsync(fileName, content, dryRun),
        CaseExchange.Format => caseExchange.ImportAsync(fileName, content, dryRun, cancellationToken),
        _ => templates.ImportAsync(format, fileName, content, dryRun),
    };

    public Task<TemplateTable> ExportAsync(string format, CancellationToken cancellationToken = default) => exports.ExportAsync(format, cancellationToken);
}
