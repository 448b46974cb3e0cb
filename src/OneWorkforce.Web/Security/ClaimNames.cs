namespace OneWorkforce.Web.Security;

internal static class ClaimNames
{
    public const string AreaId = "ow:area";
    public const string OrganisationId = "ow:organisation";
    public const string DisplayName = "ow:name";
}
