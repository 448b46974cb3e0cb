namespace OneWorkforce.Core.Reference;

/// <summary>A role in the children's workforce as shipped in the national reference data.</summary>
public sealed record RoleDefinition(string Code, string Title, string WorkforceType, IReadOnlyList<string> Sectors);

/// <summary>
/// The DfES initial list of roles (seed 002, appendix 2): "the children's workforce" (core)
/// and "the wider constituency of those whose work includes regular contact with children" (wider).
/// </summary>
public static class Roles
{
    public static readonly IReadOnlyList<RoleDefinition> Initial =
    [
        Core("child-psychologist", "Child psychologist", "health"),
        Core("childcare-playworker", "Childcare and playworker (full-day care, sessional care, out-of-school care, holiday clubs, childminders)", "early-years", "sport-leisure-play"),
        Core("camhs-professional", "Children's mental health professional", "health"),
        Core("childrens-social-services", "Children's social services worker", "social-care"),
        Core("community-paediatrician", "Community paediatrician", "health"),
        Core("connexions-personal-adviser", "Connexions personal adviser", "youth-services"),
        Core("early-years-worker", "Early years worker", "early-years"),
        Core("educational-psychologist", "Educational psychologist", "education"),
        Core("education-welfare", "Education welfare staff (including education welfare officers)", "education"),
        Core("foster-carer", "Foster carer", "social-care"),
        Core("learning-mentor", "Learning mentor", "education"),
        Core("leaving-care-adviser", "Leaving care adviser", "social-care"),
        Core("learning-support-assistant", "Learning support assistant", "education"),
        Core("payp-worker", "Positive Activities for Young People (PAYP) worker", "youth-services", "sport-leisure-play"),
        Core("school-nurse", "School nurse", "health", "education"),
        Core("senco", "Special educational needs coordinator (SENCO)", "education"),
        Core("vcs-social-care-worker", "Voluntary and community sector social care worker", "social-care"),
        Wider("community-worker", "Community worker", "social-care"),
        Wider("dentist", "Dentist", "health"),
        Wider("daat-worker", "Drug and Alcohol Action Team (DAAT) worker", "health", "youth-justice-police"),
        Wider("gp", "GP", "health"),
        Wider("health-visitor", "Health visitor", "health"),
        Wider("home-visitor-mentor", "Home visitor, volunteer or other mentor", "social-care"),
        Wider("housing-officer", "Housing officer", "social-care"),
        Wider("immigration-official", "Immigration official", "youth-justice-police"),
        Wider("nanny", "Nanny", "early-years"),
        Wider("nurse", "Nurse", "health"),
        Wider("police", "Police officer", "youth-justice-police"),
        Wider("private-tutor", "Private tutor", "education"),
        Wider("prison-service", "Prison service worker", "youth-justice-police"),
        Wider("homelessness-worker", "Statutory or voluntary homelessness agency worker", "social-care"),
        Wider("school-workforce", "Teacher or other member of the school workforce (for example school meals worker or midday supervisor)", "education"),
        Wider("family-courts", "Worker in children and family courts", "youth-justice-police", "social-care"),
        Wider("university-staff", "University staff working with many young people under 18", "education"),
    ];

    private static RoleDefinition Core(string code, string title, params string[] sectors) => new(code, title, "core", sectors);

    private static RoleDefinition Wider(string code, string title, params string[] sectors) => new(code, title, "wider", sectors);
}
