using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data;
using OneWorkforce.Data.Assessment;

namespace OneWorkforce.Web.Pages.Respond;

/// <summary>Group and locality, for someone whose code did not already say them.</summary>
public sealed class RespondAboutModel(OneWorkforceDbContext db, AssessmentResponses responses) : RespondPage(responses)
{
    public IReadOnlyList<CodeListItem> Groups { get; private set; } = [];
    public IReadOnlyList<CodeListItem> Localities { get; private set; } = [];
    private List<string> districts = [];

    [BindProperty]
    public AboutYou About { get; set; } = new();

    private async Task<IActionResult?> PrepareAsync(string token)
    {
        if (await LoadAsync(token, needsGroup: false) is { } instead)
        {
            return instead;
        }
        districts = await LocalitiesAsync(db, Cycle.AreaId);
        Groups = GroupItems(Cycle);
        Localities = LocalityItems(districts);
        About.Group ??= Answering.GroupCode;
        About.Locality ??= Answering.Locality;
        About.Name ??= Answers.GetValueOrDefault(AssessmentResponses.NameKey);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(string token) => await PrepareAsync(token) ?? Page();

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (await PrepareAsync(token) is { } instead)
        {
            return instead;
        }
        var (group, locality, name) = About.Check(Cycle, districts, ModelState, nameof(About));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await Responses.SetRespondentAsync(Answering.Id, group!, locality);
        if (name is not null)
        {
            await Responses.SaveAsync(Answering, new Dictionary<string, string?> { [AssessmentResponses.NameKey] = name });
        }
        return Redirect($"{ResponsePath}/arc/1");
    }
}
