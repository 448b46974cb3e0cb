using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Validation;

namespace OneWorkforce.Core.Training;

/// <summary>
/// One standard of an area's common induction checklist (seed 003 action 8: a common induction built on the Common
/// Core, with a certificate of completion). A standard taken out of use is kept, retired, so sign-offs made against it
/// still read.
/// </summary>
public class InductionStandard
{
    public int Id { get; set; }
    public int AreaId { get; set; }
    public int Position { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    /// <summary>The Common Core area (1 to 6) the standard is built on, if any.</summary>
    public int? CommonCoreArea { get; set; }
    public bool Retired { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>A manager's sign-off of one induction standard for one new worker.</summary>
public class InductionSignOff
{
    public long Id { get; set; }
    public long WorkerId { get; set; }
    public int StandardId { get; set; }
    public DateOnly SignedOn { get; set; }
    public required string SignedByUserId { get; set; }
    /// <summary>How the standard was met (shadowing, a course, a conversation), in the manager's words.</summary>
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>A completed induction, with its certificate: the name printed on it is asked for at completion, as worker records hold no names.</summary>
public class InductionCompletion
{
    public long Id { get; set; }
    public long WorkerId { get; set; }
    public int AreaId { get; set; }
    public int OrganisationId { get; set; }
    public DateOnly CompletedOn { get; set; }
    public required string CertificateCode { get; set; }
    public required string NameOnCertificate { get; set; }
    public required string SignedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>The default checklist, and working out where a person's induction has got to.</summary>
public static class InductionChecklist
{
    public sealed record Default(string Title, string Description, int? CommonCoreArea);

    /// <summary>
    /// What an area starts with: the six Common Core areas (seed 004 recommendation 14: inductions built around the
    /// Common Core) and the topics nearly every organisation's induction already covers (seed 000, question 16: health and
    /// safety, child protection, policies and procedures, risk assessment, mentoring, diversity).
    /// </summary>
    public static readonly IReadOnlyList<Default> Defaults =
    [
        new("Your role and your organisation", "Their role, who they report to, the organisation's purpose and its policies and procedures, including the staff or volunteer handbook", null),
        new("Health and safety, and risk assessment", "Fire and emergency procedures, first aid arrangements, reporting accidents, and how the organisation assesses risk", null),
        .. CommonCore.Areas.Select(a => new Default(a.Title2010, CoreDescription(a.Number), a.Number)),
        new("Equality, diversity and inclusion", "Treating every child, young person and family fairly, and the organisation's equality policy", null),
        new("Support and supervision", "A named mentor, regular supervision, and a review with their manager at three months", null),
    ];

    private static string CoreDescription(int area) => area switch
    {
        1 => "Listening, building trust and communicating with children, young people, parents and carers (Common Core area 1)",
        2 => "How children and young people develop, and noticing when something is not right (Common Core area 2)",
        3 => "Recognising signs of harm, what to do and whom to tell: the local safeguarding procedures (Common Core area 3)",
        4 => "Helping children and young people through changes such as starting school or moving on (Common Core area 4)",
        5 => "Working with other services and professionals around a child or family (Common Core area 5)",
        _ => "When and how to share information, with consent and within the law (Common Core area 6)",
    };

    /// <summary>How far a person has got: the standards in use that are signed off, and those still to do, in checklist order.</summary>
    public static InductionProgress Progress(IEnumerable<InductionStandard> standards, IEnumerable<InductionSignOff> signOffs, InductionCompletion? completion)
    {
        var inUse = standards.Where(s => !s.Retired).OrderBy(s => s.Position).ThenBy(s => s.Id).ToList();
        var signed = signOffs.GroupBy(s => s.StandardId).ToDictionary(g => g.Key, g => g.First());
        var done = inUse.Where(s => signed.ContainsKey(s.Id)).ToList();
        var toDo = inUse.Where(s => !signed.ContainsKey(s.Id)).ToList();
        return new InductionProgress(inUse.Count, done.Count, toDo, completion);
    }

    /// <summary>Checks a standard an area lead adds or rewords: the field and message for each problem.</summary>
    public static FieldErrors Check(string? title, string? description, string? coreArea)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add("Title", "Enter the standard, for example 'Lone working'");
        }
        else if (title.Trim().Length > 200)
        {
            errors.Add("Title", "The standard must be 200 characters or fewer");
        }
        if (string.IsNullOrWhiteSpace(description))
        {
            errors.Add("Description", "Say what the new worker must know or do to meet the standard");
        }
        else if (description.Trim().Length > 1000)
        {
            errors.Add("Description", "The description must be 1,000 characters or fewer");
        }
        if (!string.IsNullOrEmpty(coreArea) && coreArea is not ("1" or "2" or "3" or "4" or "5" or "6"))
        {
            errors.Add("CoreArea", "Choose a Common Core area from the list, or none");
        }
        return errors;
    }

    /// <summary>Checks a sign-off: a date from the person's start (or a year before, for pre-start induction) to today, and a short note.</summary>
    public static FieldErrors CheckSignOff(DateOnly? signedOn, string? dateProblem, string? note, DateOnly startDate, DateOnly today)
    {
        var errors = new FieldErrors();
        if (dateProblem is not null)
        {
            errors.Add("SignedOn", dateProblem);
        }
        else if (signedOn is not { } on)
        {
            errors.Add("SignedOn", "Enter the date the standard was met, for example 27 3 2026");
        }
        else if (on > today)
        {
            errors.Add("SignedOn", "The date the standard was met must be today or in the past");
        }
        else if (on < startDate.AddYears(-1))
        {
            errors.Add("SignedOn", $"The date the standard was met must be after {startDate.AddYears(-1):d MMMM yyyy}, a year before they started");
        }
        if ((note?.Trim().Length ?? 0) > 500)
        {
            errors.Add("Note", "The note must be 500 characters or fewer");
        }
        return errors;
    }

    /// <summary>The name to print on the certificate: required, plain, and short.</summary>
    public static string? CheckName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Enter the name to print on the certificate"
        : name.Trim().Length > 100 ? "The name must be 100 characters or fewer"
        : null;
}

/// <summary>Where one person's induction has got to.</summary>
public sealed record InductionProgress(int Total, int SignedOff, IReadOnlyList<InductionStandard> ToDo, InductionCompletion? Completion)
{
    public bool IsComplete => Completion is not null;

    /// <summary>Every standard in use is signed off, so the induction can be completed and the certificate issued.</summary>
    public bool CanComplete => Completion is null && Total > 0 && SignedOff == Total;

    public string Status => IsComplete ? "Completed" : SignedOff == 0 ? "Not started" : CanComplete ? "Ready to complete" : "In progress";
}
