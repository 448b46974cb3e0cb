namespace OneWorkforce.Data.Accounts;

/// <summary>Someone to invite: their email, name, role and where they belong.</summary>
public sealed record Invitation(string? Email, string? DisplayName, string Role, int? AreaId, int? OrganisationId);
