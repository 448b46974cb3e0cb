using OneWorkforce.Core.Reference;

namespace OneWorkforce.Web.Pages.Shared;

public sealed class InviteInput
{
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public string? Role { get; set; }
}

/// <summary>What the shared invitation form shows: the fields and the roles this person may invite.</summary>
public sealed record InviteFormView(InviteInput Input, IReadOnlyList<CodeListItem> Roles);
