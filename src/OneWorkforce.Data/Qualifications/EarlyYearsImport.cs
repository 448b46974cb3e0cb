using OneWorkforce.Core.Imports;
using OneWorkforce.Core.Qualifications;

namespace OneWorkforce.Data.Qualifications;

/// <summary>The DfE early years qualifications list (<c>--format eyql</c>), matched by <c>Qualification Ref</c>.</summary>
public sealed class EarlyYearsImport(OneWorkforceDbContext db, TimeProvider clock) : QualificationFileImport(db, clock)
{
    public const string Format = "eyql";
    public override string Source => Format;
    protected override string FormatName => "early years list";
    protected override IReadOnlyList<string> RequiredColumns => EarlyYearsList.RequiredColumns;
    protected override string ReferenceColumn => EarlyYearsList.Ref;

    protected override (QualificationRecord? Record, IReadOnlyList<ImportProblem> Problems) ReadRow(string file, int line, Func<string, string> field) =>
        EarlyYearsList.ReadRow(file, line, field);
}
