namespace OneWorkforce.Core.Access;

/// <summary>
/// Who may see and do what (PRODUCT.md §5). Pure rules: pages and endpoints ask these on the server
/// for every request; nothing is hidden only in the browser.
/// </summary>
public static class AccessRules
{
    public static bool CanManageAreas(UserScope user) => user.IsNationalAdministrator;

    public static bool CanBrowseAuditLog(UserScope user) => user.IsNationalAdministrator;

    /// <summary>An area's details and its organisations: the national administrator, or a lead of that area.</summary>
    public static bool CanViewArea(UserScope user, int areaId) =>
        user.IsNationalAdministrator || (user.IsIn(ServiceRoles.AreaLead) && user.AreaId == areaId);

    /// <summary>Create organisations and invite their managers: a lead of that area.</summary>
    public static bool CanManageOrganisationsIn(UserScope user, int areaId) =>
        user.IsIn(ServiceRoles.AreaLead) && user.AreaId == areaId;

    /// <summary>Invite area leads: the national administrator.</summary>
    public static bool CanInviteAreaLeads(UserScope user) => user.IsNationalAdministrator;

    /// <summary>An organisation's details: leads of its area (and the national administrator), and its own members.</summary>
    public static bool CanViewOrganisation(UserScope user, int areaId, int organisationId) =>
        CanViewArea(user, areaId) || IsMemberOf(user, organisationId);

    /// <summary>People-level data (staff accounts, workers): only the organisation's own managers.</summary>
    public static bool CanManagePeopleOf(UserScope user, int organisationId) =>
        user.IsIn(ServiceRoles.OrganisationManager) && user.OrganisationId == organisationId;

    /// <summary>Set up self-assessment cycles, enter evidence, edit the action plan: a lead of that area.</summary>
    public static bool CanRunAssessmentsIn(UserScope user, int areaId) =>
        user.IsIn(ServiceRoles.AreaLead) && user.AreaId == areaId;

    /// <summary>Build, send and analyse an area's surveys, and see their answers: a lead of that area.</summary>
    public static bool CanRunSurveysIn(UserScope user, int areaId) =>
        user.IsIn(ServiceRoles.AreaLead) && user.AreaId == areaId;

    /// <summary>Change a workforce strategy, its actions and indicators, and issue its reports: a lead of its area; the national administrator for a national one.</summary>
    public static bool CanManageStrategiesOf(UserScope user, int? areaId) =>
        areaId is { } area ? user.IsIn(ServiceRoles.AreaLead) && user.AreaId == area : user.IsNationalAdministrator;

    /// <summary>Read a workforce strategy: an area's by its leads and the national administrator; a national one by every lead and the administrator.</summary>
    public static bool CanViewStrategiesOf(UserScope user, int? areaId) =>
        areaId is { } area ? CanViewArea(user, area) : user.IsNationalAdministrator || user.IsIn(ServiceRoles.AreaLead);

    /// <summary>Reword the national self-assessment statements: the national administrator.</summary>
    public static bool CanEditNationalStatements(UserScope user) => user.IsNationalAdministrator;

    /// <summary>An area's self-assessment results: its leads and the national administrator.</summary>
    public static bool CanViewAssessmentsOf(UserScope user, int areaId) => CanViewArea(user, areaId);

    /// <summary>
    /// Workforce intelligence (shared figures, suppressed): every area's figures and national figures for any
    /// signed-in lead, manager or administrator; an area's own figures for its leads and its organisations' managers;
    /// an organisation's figures for its managers and its area's leads.
    /// </summary>
    public static bool CanViewWorkforceReport(UserScope user, int? areaId, int? organisationId)
    {
        if (user.IsNationalAdministrator)
        {
            return true;
        }
        var lead = user.IsIn(ServiceRoles.AreaLead);
        var manager = user.IsIn(ServiceRoles.OrganisationManager);
        return organisationId is { } organisation
            ? (lead && user.AreaId == areaId) || (manager && user.OrganisationId == organisation)
            : areaId is { } area
                ? (lead || manager) && user.AreaId == area
                : lead || manager;
    }

    /// <summary>Figures without disclosure control: only an organisation's own managers, for that organisation.</summary>
    public static bool SeesOwnWorkforceFigures(UserScope user, int? organisationId) =>
        organisationId is { } id && CanManagePeopleOf(user, id);

    /// <summary>
    /// An organisation's people one by one (never their ethnicity or disability unless a manager): its own managers,
    /// and its area's leads where the organisation has granted it.
    /// </summary>
    public static bool CanSeePeopleOf(UserScope user, int areaId, int organisationId, bool sharesPeopleWithArea) =>
        CanManagePeopleOf(user, organisationId) || (sharesPeopleWithArea && user.IsIn(ServiceRoles.AreaLead) && user.AreaId == areaId);

    /// <summary>A course is managed by the training providers of the organisation that runs it, its area's lead and the national administrator.</summary>
    public static bool CanManageCourse(UserScope user, int areaId, int providerOrganisationId) =>
        user.IsNationalAdministrator
        || (user.IsIn(ServiceRoles.AreaLead) && user.AreaId == areaId)
        || (user.IsIn(ServiceRoles.TrainingProvider) && user.OrganisationId == providerOrganisationId);

    /// <summary>Who may add courses, and for which organisation: a provider for their own, a lead for any organisation of their area.</summary>
    public static bool CanAddCourses(UserScope user) =>
        user.IsNationalAdministrator || user.IsIn(ServiceRoles.AreaLead) || (user.IsIn(ServiceRoles.TrainingProvider) && user.OrganisationId is not null);

    /// <summary>Anyone signed in can book a place for themself.</summary>
    public static bool CanBookForSelf(UserScope user) => !string.IsNullOrEmpty(user.UserId);

    /// <summary>A manager books for the people of their own organisation.</summary>
    public static bool CanBookForStaffOf(UserScope user, int organisationId) =>
        user.IsIn(ServiceRoles.OrganisationManager) && user.OrganisationId == organisationId;

    /// <summary>Compare areas with each other: the national administrator.</summary>
    public static bool CanCompareAreas(UserScope user) => user.IsNationalAdministrator;

    /// <summary>Set the training every role in the area must hold: a lead of that area.</summary>
    public static bool CanSetAreaRequiredTraining(UserScope user, int areaId) =>
        user.IsIn(ServiceRoles.AreaLead) && user.AreaId == areaId;

    /// <summary>Add training an organisation's own people must hold, on top of the area's: its managers.</summary>
    public static bool CanSetOrganisationRequiredTraining(UserScope user, int organisationId) => CanManagePeopleOf(user, organisationId);

    /// <summary>
    /// An organisation's compliance in full, person by person: its managers, and its area's leads where it shares its
    /// people with the area. Everyone else with a view of the area sees counts with small numbers hidden.
    /// </summary>
    public static bool CanSeeComplianceOfPeople(UserScope user, int areaId, int organisationId, bool sharesPeopleWithArea) =>
        CanSeePeopleOf(user, areaId, organisationId, sharesPeopleWithArea);

    /// <summary>
    /// Evaluations of training (anonymous answers, small numbers hidden for everyone): the national administrator; an area's
    /// leads for the courses of their area; a provider's trainers and managers for their own organisation's courses.
    /// </summary>
    public static bool CanViewTrainingEvaluations(UserScope user, int areaId, int providerOrganisationId) =>
        user.IsNationalAdministrator
        || (user.IsIn(ServiceRoles.AreaLead) && user.AreaId == areaId)
        || ((user.IsIn(ServiceRoles.TrainingProvider) || user.IsIn(ServiceRoles.OrganisationManager)) && user.OrganisationId == providerOrganisationId);

    /// <summary>Which roles this person may invite into an organisation.</summary>
    public static IReadOnlyList<string> RolesInvitableTo(UserScope user, int areaId, int organisationId)
    {
        var roles = new List<string>();
        if (CanManageOrganisationsIn(user, areaId))
        {
            roles.Add(ServiceRoles.OrganisationManager);
        }
        if (CanManagePeopleOf(user, organisationId))
        {
            roles.AddRange([ServiceRoles.OrganisationManager, ServiceRoles.Practitioner, ServiceRoles.TrainingProvider]);
        }
        return roles.Distinct().ToList();
    }

    private static bool IsMemberOf(UserScope user, int organisationId) =>
        user.OrganisationId == organisationId &&
        (user.IsIn(ServiceRoles.OrganisationManager) || user.IsIn(ServiceRoles.Practitioner) || user.IsIn(ServiceRoles.TrainingProvider));
}
