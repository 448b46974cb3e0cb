using OneWorkforce.Core.Imports;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.Core.Qualifications.Templates;

public sealed record RoleRow(string Code, string Title, string? Description, string WorkforceType, IReadOnlyList<string> Sectors, int Line);

public sealed record RoleClusterRow(string Scheme, string SchemeTitle, string RoleCode, string Cluster, int Line);

public sealed record RoleRequirementRow(string RoleCode, string? AreaCode, string? MinimumLevel, IReadOnlyList<string> Accepted, string? Summary, int Line);

public sealed record OfferRow(string QualificationReference, string Provider, string? AreaCode, string? District, string DeliveryMode,
    int? CostPence, string? Funding, string? StartDates, string? Url, int Line)
{
    /// <summary>An offer is one provider's offer of one qualification in one place by one mode.</summary>
    public string Key => $"{QualificationReference} by {Provider} in {AreaCode ?? "England"}{(District is null ? "" : " " + District)} ({DeliveryMode})";
}

public static partial class NativeTemplates
{
    public static class Roles
    {
        public const string Code = "Role", Title = "Title", Description = "Description", WorkforceType = "Workforce Type", Sectors = "Sectors";
        public static readonly IReadOnlyList<string> Columns = [Code, Title, Description, WorkforceType, Sectors];

        public static (RoleRow?, IReadOnlyList<ImportProblem>) Read(string file, int line, Func<string, string> field)
        {
            var c = new Cells(file, line, field);
            var code = RoleCode(c);
            var title = c.Text(Title, "Enter the role's title, such as Early years worker");
            var description = c.OptionalText(Description);
            var type = c.OneOf(WorkforceType, WorkforceCodeLists.WorkforceTypes.Items.Select(t => t.Code).ToList());
            var sectors = c.List(Sectors).Select(s => s.ToLowerInvariant()).Distinct().ToList();
            var known = WorkforceCodeLists.WorkforceSectors.Items.Select(s => s.Code).ToList();
            var unknown = sectors.Where(s => !known.Contains(s)).ToList();
            if (sectors.Count == 0 || unknown.Count > 0)
            {
                c.Problem(Sectors, (unknown.Count > 0 ? $"'{string.Join("', '", unknown)}' is not a workforce sector. " : "Enter at least one workforce sector. ")
                    + $"Use one or more of {string.Join(", ", known)}, separated by semicolons");
            }
            return c.Problems.Count > 0 ? (null, c.Problems) : (new RoleRow(code, title, description, type, sectors, line), c.Problems);
        }

        internal static string RoleCode(Cells c)
        {
            var code = c.Text(Code, "Enter the role's code, such as early-years-worker", 80).ToLowerInvariant();
            if (code.Length > 0 && !code.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                c.Problem(Code, "A role code uses only lower-case letters, digits and hyphens, such as early-years-worker");
            }
            return code;
        }
    }

    public static class RoleClusters
    {
        public const string Scheme = "Scheme", SchemeTitle = "Scheme Title", Role = "Role", Cluster = "Cluster";
        public static readonly IReadOnlyList<string> Columns = [Scheme, SchemeTitle, Role, Cluster];

        public static (RoleClusterRow?, IReadOnlyList<ImportProblem>) Read(string file, int line, Func<string, string> field)
        {
            var c = new Cells(file, line, field);
            var scheme = c.Text(Scheme, "Enter the scheme's code, such as workforce-sector", 60).ToLowerInvariant();
            var title = c.Text(SchemeTitle, "Enter the scheme's title, such as Workforce sector");
            var role = c.Text(Role, "Enter the role's code, such as early-years-worker", 80).ToLowerInvariant();
            var cluster = c.Text(Cluster, "Enter the cluster the role is in under this scheme", 200);
            return c.Problems.Count > 0 ? (null, c.Problems) : (new RoleClusterRow(scheme, title, role, cluster, line), c.Problems);
        }
    }

    public static class RoleRequirements
    {
        public const string Role = "Role", Area = "Area", MinimumLevel = "Minimum Level", Accepted = "Accepted Qualifications", Summary = "Summary";
        public static readonly IReadOnlyList<string> Columns = [Role, Area, MinimumLevel, Accepted, Summary];

        public static (RoleRequirementRow?, IReadOnlyList<ImportProblem>) Read(string file, int line, Func<string, string> field)
        {
            var c = new Cells(file, line, field);
            var role = c.Text(Role, "Enter the role's code, such as early-years-worker", 80).ToLowerInvariant();
            var area = c.OptionalText(Area, 9)?.ToUpperInvariant();
            var level = field(MinimumLevel).Trim().Length == 0 ? null : c.Level(MinimumLevel);
            var accepted = c.List(Accepted).Select(a => a.ToUpperInvariant()).Distinct().ToList();
            var summary = c.OptionalText(Summary);
            if (level is null && accepted.Count == 0 && field(MinimumLevel).Trim().Length == 0)
            {
                c.Problem(MinimumLevel, "Give a minimum level, accepted qualifications (references separated by semicolons), or both");
            }
            return c.Problems.Count > 0 ? (null, c.Problems) : (new RoleRequirementRow(role, area, level, accepted, summary, line), c.Problems);
        }
    }

    public static class Offers
    {
        public const string Qualification = "Qualification Ref", Provider = "Provider", Area = "Area", District = "District",
            Delivery = "Delivery Mode", Cost = "Cost", Funding = "Funding", StartDates = "Start Dates", Link = "Link";
        public static readonly IReadOnlyList<string> Columns = [Qualification, Provider, Area, District, Delivery, Cost, Funding, StartDates, Link];

        public static (OfferRow?, IReadOnlyList<ImportProblem>) Read(string file, int line, Func<string, string> field)
        {
            var c = new Cells(file, line, field);
            var qualification = c.Text(Qualification, "Enter the qualification's reference, such as EYQ-240", 40).ToUpperInvariant();
            var provider = c.Text(Provider, "Enter the training provider's name", 200);
            var area = c.OptionalText(Area, 9)?.ToUpperInvariant();
            var district = c.OptionalText(District, 200);
            if (district is not null && area is null)
            {
                c.Problem(District, "A district needs its area: give the area's ONS code in the Area column too");
            }
            var delivery = c.OneOf(Delivery, ProviderOffers.DeliveryModes.Select(m => m.Code).ToList());
            var cost = c.Pence(Cost);
            var funding = c.OptionalText(Funding, 1000);
            var starts = c.OptionalText(StartDates, 1000);
            var link = c.Link(Link);
            return c.Problems.Count > 0 ? (null, c.Problems)
                : (new OfferRow(qualification, provider, area, district, delivery, cost, funding, starts, link, line), c.Problems);
        }
    }
}
