using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Imports;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Surveys;
using OneWorkforce.Data.Surveys;
using OneWorkforce.Web.Forms;
using OneWorkforce.Web.Infrastructure;

namespace OneWorkforce.Web.Pages.Surveys;

/// <summary>
/// One survey for its lead: open or close it, send it to the directory's organisations, remind those who have not
/// answered, share an open link, add answers from a spreadsheet, and follow the answers as they come in.
/// </summary>
public sealed class ShowModel(SurveyStore store, SurveyDistribution distribution, SurveyResults results) : SurveyPage(store)
{
    public const long MaxFileBytes = 20_000_000;

    [BindProperty] public List<string> Categories { get; set; } = [];

    public SurveyTracking Tracking { get; private set; } = null!;
    public int Candidates { get; private set; }
    public int QuestionCount { get; private set; }
    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];
    public string? FileName { get; private set; }
    public Shared.ImportProblemsView ProblemsView => new("The responses were not added: nothing was saved", FileName ?? "", Problems);

    public static IReadOnlyList<CodeListItem> CategoryItems => WorkforceCodeLists.OrganisationCategories.Items;

    public string? OpenLink => Survey.OpenToken is null ? null : $"{Request.Scheme}://{Request.Host}/survey/open/{Survey.OpenToken}";

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? await ShowAsync();

    public async Task<IActionResult> OnGetTemplateAsync(int id, string format = "csv")
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        return CsvDownload.File(format, $"{Survey.Name}-responses", SurveyResponsesFile.Header(Survey.Questionnaire()), []);
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, string status)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        var errors = await Store.SetStatusAsync(Survey, status);
        if (errors.Any)
        {
            ModelState.AddFieldErrors(errors, "");
            return await ShowAsync();
        }
        Notice = status == Survey.Open ? "The survey is open for answers. Send it to organisations, or share the open link." : "The survey has closed: nobody can answer any more.";
        return Redirect(SurveyPath);
    }

    public async Task<IActionResult> OnPostOpenLinkAsync(int id, bool on)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        await Store.SetOpenLinkAsync(Survey, on);
        Notice = on ? "The open link is on: anyone with it can answer." : "The open link is off: answers started with it can no longer be reached.";
        return Redirect(SurveyPath);
    }

    public async Task<IActionResult> OnPostInviteAsync(int id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        var chosen = Categories.Where(WorkforceCodeLists.OrganisationCategories.Contains).ToList();
        var (sent, problem) = await distribution.InviteAsync(Survey, chosen);
        if (problem is not null)
        {
            ModelState.AddModelError(nameof(Categories), problem);
            return await ShowAsync();
        }
        Notice = $"Sent to {sent} {(sent == 1 ? "organisation" : "organisations")}, each with its own link.";
        return Redirect(SurveyPath);
    }

    public async Task<IActionResult> OnPostRemindAsync(int id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        var sent = await distribution.RemindAsync(Survey);
        Notice = sent == 0 ? "Nobody to remind: everyone has answered, or was reminded in the last day." : $"Reminded {sent} {(sent == 1 ? "organisation" : "organisations")}.";
        return Redirect(SurveyPath);
    }

    /// <summary>Adds answers from paper returns or another tool: every row, or none and every problem listed.</summary>
    public async Task<IActionResult> OnPostImportAsync(int id, IFormFile? responsesFile, bool dryRun)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        if (responsesFile is null || responsesFile.Length == 0)
        {
            ModelState.AddModelError("responsesFile", "Choose a CSV or Excel file of responses");
        }
        else if (responsesFile.Length > MaxFileBytes)
        {
            ModelState.AddModelError("responsesFile", "The file must be smaller than 20 MB. Split it into several files");
        }
        else
        {
            using var memory = new MemoryStream();
            await responsesFile.CopyToAsync(memory);
            FileName = Path.GetFileName(responsesFile.FileName);
            var (added, problems) = await results.ImportAsync(Survey, FileName, memory.ToArray(), dryRun);
            if (problems.Count == 0)
            {
                Notice = dryRun ? $"{FileName} is ready: {added} responses would be added. Nothing was saved yet." : $"{added} responses added from {FileName}.";
                return Redirect(SurveyPath);
            }
            Problems = problems;
        }
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        Tracking = await distribution.TrackAsync(Survey);
        Candidates = (await distribution.CandidatesAsync(Survey)).Count(c => !c.Invited);
        QuestionCount = Survey.Questionnaire().Questions.Count();
        return Page();
    }
}
