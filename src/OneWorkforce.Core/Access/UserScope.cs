namespace OneWorkforce.Core.Access;

/// <summary>What a signed-in person is: their roles and the area and organisation they belong to.</summary>
public sealed record UserScope(string UserId, IReadOnlySet<string> Roles, int? AreaId, int? OrganisationId)
{
    public static readonly UserScope Anonymous = new("", new HashSet<string>(), null, null);

    public bool IsIn(string role) => Roles.Contains(role);

    public bool IsNationalAdministrator => IsIn(ServiceRoles.NationalAdministrator);
}
