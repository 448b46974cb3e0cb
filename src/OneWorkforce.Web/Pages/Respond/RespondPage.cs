using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data;
using OneWorkforce.Data.Assessment;

namespace OneWorkforce.Web.Pages.Respond;

/// <summary>
/// What the answering pages share. They need no account: the response's address holds a 130-bit token,
/// so only the person who started it can reach it. Every change is refused once the cycle has closed.
/// </summary>
public abstract class RespondPage(AssessmentResponses responses) : PageModel
{
    public QuestionnaireResponse Answering { get; private set; } = null!;
    public AssessmentCycle Cycle { get; private set; } = null!;
    public Questionnaire Questionnaire { get; private set; } = null!;
    public Dictionary<string, string> Answers { get; private set; } = [];

    protected AssessmentResponses Responses => responses;

    public string ResponsePath => $"/respond/{Answering.Token}";

    /// <summary>The response, or the page to show instead: not found, already sent, closed, or "tell us who you are" first.</summary>
    protected async Task<IActionResult?> LoadAsync(string token, bool needsGroup = true)
    {
        var found = await responses.FindAsync(token);
        if (found is null)
        {
            return NotFound();
        }
        (Answering, Cycle) = found.Value;
        if (Answering.Status == QuestionnaireResponse.Submitted)
        {
            return Redirect($"{ResponsePath}/sent");
        }
        if (!responses.IsOpen(Cycle))
        {
            return RedirectToPage("/Respond/Closed");
        }
        Answers = AssessmentResponses.AnswersOf(Answering);
        if (needsGroup && (Answering.GroupCode is null || (!Cycle.Anonymous && !Answers.ContainsKey(AssessmentResponses.NameKey))))
        {
            return Redirect($"{ResponsePath}/about");
        }
        var group = Answering.GroupCode ?? Cycle.Groups.FirstOrDefault() ?? RespondentGroups.Leaders;
        Questionnaire = AssessmentQuestionnaire.Build(Cycle.Name, group, FrameworkStatements.Reader(Cycle.StatementsJson, group));
        return null;
    }

    /// <summary>The localities someone can say they work or live in: the area's districts.</summary>
    public static Task<List<string>> LocalitiesAsync(OneWorkforceDbContext db, int areaId) =>
        db.Districts.AsNoTracking().Where(d => d.AreaId == areaId).OrderBy(d => d.Name).Select(d => d.Name).ToListAsync();

    public static IReadOnlyList<CodeListItem> GroupItems(AssessmentCycle cycle) =>
        cycle.Groups.Select(g => RespondentGroups.Find(g)).Where(g => g is not null).Select(g => new CodeListItem(g!.Code, g.Name, g.Description)).ToList();

    public static IReadOnlyList<CodeListItem> LocalityItems(IEnumerable<string> districts) =>
        [.. districts.Select(d => new CodeListItem(d, d)), new CodeListItem(AboutYou.NoLocality, "Across the whole area, or I would rather not say")];
}

/// <summary>The two questions about the respondent (group and locality), asked before the statements.</summary>
public sealed class AboutYou
{
    public const string NoLocality = "none";

    public string? Group { get; set; }
    public string? Locality { get; set; }
    /// <summary>Asked only in a cycle that records who answered.</summary>
    public string? Name { get; set; }

    public const int MaxName = 200;

    /// <summary>Checks the answers against the cycle's groups and the area's districts: the group code and locality to store, or errors.</summary>
    public (string? Group, string? Locality, string? Name) Check(AssessmentCycle cycle, IReadOnlyList<string> districts, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string prefix)
    {
        var group = cycle.Groups.Count == 1 ? cycle.Groups[0] : cycle.Groups.FirstOrDefault(g => g == Group);
        if (group is null)
        {
            state.AddModelError($"{prefix}.Group", "Select the group that best describes you");
        }
        string? locality = null;
        if (districts.Count > 0)
        {
            if (string.IsNullOrEmpty(Locality))
            {
                state.AddModelError($"{prefix}.Locality", "Select where you mostly work or live, or Across the whole area");
            }
            else if (Locality != NoLocality)
            {
                locality = districts.FirstOrDefault(d => d == Locality);
                if (locality is null)
                {
                    state.AddModelError($"{prefix}.Locality", "Select one of the places listed");
                }
            }
        }
        string? name = null;
        if (!cycle.Anonymous)
        {
            name = Name?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                state.AddModelError($"{prefix}.Name", "Enter your name: this self-assessment records who answered");
            }
            else if (name.Length > MaxName)
            {
                state.AddModelError($"{prefix}.Name", $"Your name must be {MaxName} characters or fewer");
            }
        }
        return (group, locality, name);
    }
}
