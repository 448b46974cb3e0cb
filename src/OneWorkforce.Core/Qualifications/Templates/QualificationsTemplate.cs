using OneWorkforce.Core.Imports;

namespace OneWorkforce.Core.Qualifications.Templates;

public static partial class NativeTemplates
{
    /// <summary>The native qualifications template: every field of a qualification, one row each.</summary>
    public static class Qualifications
    {
        public const string Ref = "Qualification Ref", Number = "Qualification Number", Title = "Qualification Title", Level = "Level",
            Type = "Type", AwardingBody = "Awarding Body", Credits = "Credits", Glh = "Guided Learning Hours", Tqt = "Total Qualification Time",
            AgeFocus = "Age Focus", Status = "Status", ValidFrom = "Valid From", ValidTo = "Valid To", OperationalEnd = "Operational End",
            CertificationEnd = "Certification End", SourceUrl = "Source URL", Notes = "Notes", ReplacedBy = "Replaced By";

        public static readonly IReadOnlyList<string> Columns =
        [
            Ref, Number, Title, Level, Type, AwardingBody, Credits, Glh, Tqt, AgeFocus, Status, ValidFrom, ValidTo, OperationalEnd,
            CertificationEnd, SourceUrl, Notes, ReplacedBy,
        ];

        public static (QualificationRecord?, IReadOnlyList<ImportProblem>) Read(string file, int line, Func<string, string> field)
        {
            var c = new Cells(file, line, field);
            var reference = c.Text(Ref, "Enter the qualification's reference, such as EYQ-240 or OQ-603-5829-4", 40).ToUpperInvariant();
            var number = QualificationNumber.Normalise(field(Number));
            if (number is not null && !QualificationNumber.IsValid(number))
            {
                c.Problem(Number, $"'{field(Number).Trim()}' is not a qualification number. {QualificationNumber.FormatHint}");
            }
            var title = c.Text(Title, "Enter the qualification's title", EarlyYearsList.MaxTitleLength);
            var level = c.Level(Level);
            var typeText = field(Type).Trim();
            var type = typeText.Length == 0 ? null : c.OneOf(Type, QualificationCodeLists.Types.Items.Select(t => t.Code).ToList());
            var body = c.Text(AwardingBody, "Enter the awarding body, such as Pearson Education Ltd", 400);
            var credits = c.Whole(Credits, max: 10_000);
            var glh = c.Whole(Glh, max: 100_000);
            var tqt = c.Whole(Tqt, max: 100_000);
            var ageFocus = c.OptionalText(AgeFocus, 100);
            var status = c.OneOf(Status, [QualificationStatus.Current, QualificationStatus.Withdrawn]);
            var from = c.Date(ValidFrom);
            var to = c.Date(ValidTo);
            if (from is not null && to is not null && to < from)
            {
                c.Problem(ValidTo, "Valid To is before Valid From. Correct one of the dates");
            }
            var operationalEnd = c.Date(OperationalEnd);
            var certificationEnd = c.Date(CertificationEnd);
            var source = c.Link(SourceUrl);
            var notes = c.OptionalText(Notes, 10_000);
            var replacedBy = c.OptionalText(ReplacedBy, 40)?.ToUpperInvariant();
            if (replacedBy is not null && replacedBy == reference)
            {
                c.Problem(ReplacedBy, "A qualification cannot replace itself. Give another qualification's reference, or leave it empty");
            }
            if (c.Problems.Count > 0)
            {
                return (null, c.Problems);
            }
            return (new QualificationRecord(reference, number, title, level!, body, from, to, notes, line)
            {
                TypeCode = type,
                Credits = credits,
                GuidedLearningHours = glh,
                TotalQualificationTime = tqt,
                OperationalEnd = operationalEnd,
                CertificationEnd = certificationEnd,
                WithdrawnBySource = status == QualificationStatus.Withdrawn,
                Complete = true,
                AgeFocus = ageFocus,
                SourceUrl = source,
                ReplacedBy = replacedBy,
            }, c.Problems);
        }
    }
}
