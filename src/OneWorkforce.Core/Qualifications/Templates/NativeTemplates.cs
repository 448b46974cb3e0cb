using OneWorkforce.Core.Imports;

namespace OneWorkforce.Core.Qualifications.Templates;

public sealed record UnitRow(string Reference, string Title, string LevelCode, int Credits, int? GuidedLearningHours, int Line);

public sealed record StructureRow(string QualificationReference, string GroupCode, string GroupTitle, bool Mandatory, int? MinCredits, int? MinUnits,
    string UnitReference, int? TotalCredits, string? LevelRuleLevel, int? LevelRuleCredits, int Line);

public sealed record MappingRow(string Framework, string Version, int AreaNumber, string? UnitReference, string? QualificationReference,
    string Strength, string? Rationale, int Line);

public sealed record RoleLinkRow(string RoleCode, string QualificationReference, string Significance, bool Mandatory, string? Note, int Line);

/// <summary>
/// The native CSV templates of the qualifications framework: their columns and the rules each row
/// must meet on its own. Checks against other records (does the unit exist?) are made by the import.
/// </summary>
public static partial class NativeTemplates
{
    public static class Units
    {
        public const string Ref = "Unit Ref", Title = "Unit Title", Level = "Level", Credits = "Credits", Glh = "Guided Learning Hours";
        public static readonly IReadOnlyList<string> Columns = [Ref, Title, Level, Credits, Glh];

        public static (UnitRow?, IReadOnlyList<ImportProblem>) Read(string file, int line, Func<string, string> field)
        {
            var c = new Cells(file, line, field);
            var reference = c.Text(Ref, "Enter the unit's reference, such as T/601/1693", 40).ToUpperInvariant();
            var title = c.Text(Title, "Enter the unit's title");
            var level = c.Level(Level);
            var credits = c.Whole(Credits, required: true, max: 999);
            var glh = c.Whole(Glh, max: 10_000);
            return c.Problems.Count > 0 ? (null, c.Problems) : (new UnitRow(reference, title, level!, credits!.Value, glh, line), c.Problems);
        }
    }

    public static class Structures
    {
        public const string Qualification = "Qualification Ref", Group = "Group", GroupTitle = "Group Title", Mandatory = "Mandatory",
            MinCredits = "Group Min Credits", MinUnits = "Group Min Units", Unit = "Unit Ref", TotalCredits = "Qualification Min Credits",
            LevelRuleLevel = "Min Credits At Or Above Level", LevelRuleCredits = "Min Credits At That Level";
        public static readonly IReadOnlyList<string> Columns = [Qualification, Group, GroupTitle, Mandatory, MinCredits, MinUnits, Unit, TotalCredits, LevelRuleLevel, LevelRuleCredits];

        public static (StructureRow?, IReadOnlyList<ImportProblem>) Read(string file, int line, Func<string, string> field)
        {
            var c = new Cells(file, line, field);
            var qualification = c.Text(Qualification, "Enter the qualification's reference, such as EYQ-240", 40).ToUpperInvariant();
            var group = c.Text(Group, "Enter the group's code, such as A for the mandatory units", 20).ToUpperInvariant();
            var groupTitle = c.Text(GroupTitle, "Enter the group's title, such as Mandatory units");
            var mandatory = c.YesNo(Mandatory);
            var minCredits = c.Whole(MinCredits, max: 999);
            var minUnits = c.Whole(MinUnits, max: 999);
            if (mandatory && (minCredits is not null || minUnits is not null))
            {
                c.Problem(MinCredits, "A mandatory group needs every unit: leave Group Min Credits and Group Min Units empty");
            }
            var unit = c.Text(Unit, "Enter the unit's reference", 40).ToUpperInvariant();
            var total = c.Whole(TotalCredits, max: 999);
            var levelRuleText = field(LevelRuleLevel).Trim();
            var levelRule = levelRuleText.Length == 0 ? null : c.Level(LevelRuleLevel);
            var levelCredits = c.Whole(LevelRuleCredits, max: 999);
            if ((levelRule is null) != (levelCredits is null) && !(levelRuleText.Length > 0 && levelRule is null))
            {
                c.Problem(LevelRuleCredits, "Give both the level and the credits for the level rule, or neither");
            }
            return c.Problems.Count > 0 ? (null, c.Problems)
                : (new StructureRow(qualification, group, groupTitle, mandatory, minCredits, minUnits, unit, total, levelRule, levelCredits, line), c.Problems);
        }
    }

    public static class Mappings
    {
        public const string Framework = "Framework", Version = "Version", Area = "Area", Unit = "Unit Ref", Qualification = "Qualification Ref",
            Strength = "Strength", Rationale = "Rationale";
        public static readonly IReadOnlyList<string> Columns = [Framework, Version, Area, Unit, Qualification, Strength, Rationale];

        public static (MappingRow?, IReadOnlyList<ImportProblem>) Read(string file, int line, Func<string, string> field)
        {
            var c = new Cells(file, line, field);
            var framework = c.Text(Framework, "Enter the framework's code, such as common-core", 60).ToLowerInvariant();
            var version = c.Text(Version, "Enter the framework's version, such as 2010", 20);
            var area = c.Whole(Area, required: true, max: 999);
            var unit = c.OptionalText(Unit, 40)?.ToUpperInvariant();
            var qualification = c.OptionalText(Qualification, 40)?.ToUpperInvariant();
            if ((unit is null) == (qualification is null))
            {
                c.Problem(Unit, "Give a Unit Ref or a Qualification Ref, not both and not neither");
            }
            var strength = c.OneOf(Strength, [FrameworkMapping.Full, FrameworkMapping.Partial]);
            var rationale = c.OptionalText(Rationale);
            return c.Problems.Count > 0 ? (null, c.Problems)
                : (new MappingRow(framework, version, area!.Value, unit, qualification, strength, rationale, line), c.Problems);
        }
    }

    public static class RoleLinks
    {
        public const string Role = "Role", Qualification = "Qualification Ref", Significance = "Significance", Mandatory = "Mandatory", Note = "Note";
        public static readonly IReadOnlyList<string> Columns = [Role, Qualification, Significance, Mandatory, Note];

        public static (RoleLinkRow?, IReadOnlyList<ImportProblem>) Read(string file, int line, Func<string, string> field)
        {
            var c = new Cells(file, line, field);
            var role = c.Text(Role, "Enter the role's code, such as early-years-worker", 80).ToLowerInvariant();
            var qualification = c.Text(Qualification, "Enter the qualification's reference, such as EYQ-240", 40).ToUpperInvariant();
            var significance = c.OneOf(Significance, [RoleQualification.Significant, RoleQualification.General]);
            var mandatory = c.YesNo(Mandatory);
            var note = c.OptionalText(Note);
            return c.Problems.Count > 0 ? (null, c.Problems) : (new RoleLinkRow(role, qualification, significance, mandatory, note, line), c.Problems);
        }
    }
}
