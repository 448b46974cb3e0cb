using Microsoft.AspNetCore.Identity;

namespace OneWorkforce.Data.Accounts;

/// <summary>A person's account. Belongs to at most one area and one organisation.</summary>
public class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? AreaId { get; set; }
    public int? OrganisationId { get; set; }
    /// <summary>The person's own record in their organisation's workforce data, so their attended training joins it.</summary>
    public long? WorkerId { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>When the invitation was sent; null once accepted or for accounts made directly.</summary>
    public DateTime? InvitedAt { get; set; }
    public DateTime? LastSignedInAt { get; set; }
}
