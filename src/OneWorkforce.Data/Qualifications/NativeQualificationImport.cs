using OneWorkforce.Core.Imports;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Core.Qualifications.Templates;

namespace OneWorkforce.Data.Qualifications;

/// <summary>The native qualifications template (<c>--format qualifications</c>): every field, matched by Qualification Ref.</summary>
public sealed class NativeQualificationImport(OneWorkforceDbContext db, TimeProvider clock) : QualificationFileImport(db, clock)
{
    public const string Format = "qualifications";
    public override string Source => "native";
    protected override string FormatName => "qualifications template";
    protected override IReadOnlyList<string> RequiredColumns => NativeTemplates.Qualifications.Columns;
    protected override string ReferenceColumn => NativeTemplates.Qualifications.Ref;

    protected override (QualificationRecord? Record, IReadOnlyList<ImportProblem> Problems) ReadRow(string file, int line, Func<string, string> field) =>
        NativeTemplates.Qualifications.Read(file, line, field);
}
