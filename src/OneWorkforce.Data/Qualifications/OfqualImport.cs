using OneWorkforce.Core.Imports;
using OneWorkforce.Core.Qualifications;

namespace OneWorkforce.Data.Qualifications;

/// <summary>The Ofqual register download (<c>--format ofqual</c>), matched by qualification number.</summary>
public sealed class OfqualImport(OneWorkforceDbContext db, TimeProvider clock) : QualificationFileImport(db, clock)
{
    public const string Format = "ofqual";
    public override string Source => Format;
    protected override string FormatName => "Ofqual register download";
    protected override IReadOnlyList<string> RequiredColumns => OfqualRegister.RequiredColumns;
    protected override string ReferenceColumn => OfqualRegister.Number;

    protected override (QualificationRecord? Record, IReadOnlyList<ImportProblem> Problems) ReadRow(string file, int line, Func<string, string> field) =>
        OfqualRegister.ReadRow(file, line, field);
}
