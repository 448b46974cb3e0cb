using OneWorkforce.Core.Access;

namespace OneWorkforce.UnitTests.Access;

/// <summary>PRODUCT.md §5: who sees what.</summary>
public sealed class AccessRulesTests
{
    private const int AreaA = 1, AreaB = 2, OrgA1 = 10, OrgA2 = 11, OrgB1 = 20;

    private static UserScope User(string role, int? area = null, int? organisation = null) =>
        new("u", new HashSet<string> { role }, area, organisation);

    private static readonly UserScope Admin = User(ServiceRoles.NationalAdministrator);
    private static readonly UserScope LeadA = User(ServiceRoles.AreaLead, AreaA);
    private static readonly UserScope ManagerA1 = User(ServiceRoles.OrganisationManager, AreaA, OrgA1);
    private static readonly UserScope PractitionerA1 = User(ServiceRoles.Practitioner, AreaA, OrgA1);

    [Fact]
    public void Only_the_national_administrator_manages_areas_and_reads_the_audit_log()
    {
        Assert.True(AccessRules.CanManageAreas(Admin));
        Assert.True(AccessRules.CanBrowseAuditLog(Admin));
        foreach (var user in new[] { LeadA, ManagerA1, PractitionerA1, UserScope.Anonymous })
        {
            Assert.False(AccessRules.CanManageAreas(user));
            Assert.False(AccessRules.CanBrowseAuditLog(user));
        }
    }

    [Fact]
    public void An_area_lead_sees_their_own_area_only()
    {
        Assert.True(AccessRules.CanViewArea(LeadA, AreaA));
        Assert.False(AccessRules.CanViewArea(LeadA, AreaB));
        Assert.True(AccessRules.CanManageOrganisationsIn(LeadA, AreaA));
        Assert.False(AccessRules.CanManageOrganisationsIn(LeadA, AreaB));
        Assert.True(AccessRules.CanViewOrganisation(LeadA, AreaA, OrgA2));
        Assert.False(AccessRules.CanViewOrganisation(LeadA, AreaB, OrgB1));
    }

    [Fact]
    public void A_manager_sees_their_own_organisation_and_its_people_only()
    {
        Assert.True(AccessRules.CanViewOrganisation(ManagerA1, AreaA, OrgA1));
        Assert.False(AccessRules.CanViewOrganisation(ManagerA1, AreaA, OrgA2));
        Assert.False(AccessRules.CanViewArea(ManagerA1, AreaA));
        Assert.True(AccessRules.CanManagePeopleOf(ManagerA1, OrgA1));
        Assert.False(AccessRules.CanManagePeopleOf(ManagerA1, OrgA2));
    }

    [Fact]
    public void People_level_data_is_for_the_organisations_managers_not_leads_or_the_administrator()
    {
        Assert.False(AccessRules.CanManagePeopleOf(LeadA, OrgA1));
        Assert.False(AccessRules.CanManagePeopleOf(Admin, OrgA1));
        Assert.False(AccessRules.CanManagePeopleOf(PractitionerA1, OrgA1));
    }

    [Fact]
    public void Leads_invite_managers_and_managers_invite_their_staff()
    {
        Assert.Equal([ServiceRoles.OrganisationManager], AccessRules.RolesInvitableTo(LeadA, AreaA, OrgA1));
        Assert.Empty(AccessRules.RolesInvitableTo(LeadA, AreaB, OrgB1));
        Assert.Equal([ServiceRoles.OrganisationManager, ServiceRoles.Practitioner, ServiceRoles.TrainingProvider],
            AccessRules.RolesInvitableTo(ManagerA1, AreaA, OrgA1));
        Assert.Empty(AccessRules.RolesInvitableTo(ManagerA1, AreaA, OrgA2));
        Assert.Empty(AccessRules.RolesInvitableTo(PractitionerA1, AreaA, OrgA1));
        Assert.True(AccessRules.CanInviteAreaLeads(Admin));
        Assert.False(AccessRules.CanInviteAreaLeads(LeadA));
    }

    [Fact]
    public void Anonymous_visitors_can_see_nothing_private()
    {
        Assert.False(AccessRules.CanViewArea(UserScope.Anonymous, AreaA));
        Assert.False(AccessRules.CanViewOrganisation(UserScope.Anonymous, AreaA, OrgA1));
        Assert.Empty(AccessRules.RolesInvitableTo(UserScope.Anonymous, AreaA, OrgA1));
    }
}
