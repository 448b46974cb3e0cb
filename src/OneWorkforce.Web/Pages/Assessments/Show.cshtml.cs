using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Core.Imports;
using OneWorkforce.Data;
using OneWorkforce.Data.Assessment;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Web.Infrastructure;

namespace OneWorkforce.Web.Pages.Assessments;

/// <summary>A cycle: its set-up, the evidence entered, and where to go next.</summary>
public sealed class CycleShowModel(OneWorkforceDbContext db, AssessmentCycles cycles, AssessmentResponses responses, FrameworkStatements statements,
    PaperResponses paper) : AssessmentPage(db)
{
    public IReadOnlyList<ResponseCount> Counts { get; private set; } = [];
    public int CodesMade { get; private set; }
    public int CodesUsed { get; private set; }
    public IReadOnlyList<string> Districts { get; private set; } = [];
    public IReadOnlyList<ArcEvidenceNote> Notes { get; private set; } = [];
    public bool TakingAnswers => responses.IsOpen(Cycle);
    public string? OpenLink => Cycle.OpenLinkToken is { } t ? $"{Request.Scheme}://{Request.Host}/respond/open/{t}" : null;
    public string ProblemsTitle { get; private set; } = "The matrix was not added: nothing was saved";

    [BindProperty]
    public int CodeCount { get; set; } = 20;

    [BindProperty]
    public string? CodeGroup { get; set; }

    [BindProperty]
    public string? CodeLocality { get; set; }

    [BindProperty]
    public int NoteArc { get; set; }

    [BindProperty]
    public string? NoteText { get; set; }

    [BindProperty]
    public string? NoteLink { get; set; }

    public IReadOnlyList<MatrixEvidence> Matrices { get; private set; } = [];
    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];
    public string? FileName { get; private set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public string? Group { get; set; }

    public static IReadOnlyList<Core.Reference.CodeListItem> GroupChoices => NewCycleModel.GroupChoices;

    public async Task<IActionResult> OnGetAsync(string code, int id)
    {
        if (await LoadCycleAsync(code, id, run: false) is { } denied)
        {
            return denied;
        }
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        Matrices = await cycles.MatricesAsync(Cycle.Id);
        Counts = await responses.CountsAsync(Cycle.Id);
        var invitations = await cycles.InvitationsAsync(Cycle.Id);
        CodesMade = invitations.Count;
        CodesUsed = invitations.Count(i => i.UsedAt is not null);
        Districts = await Db.Districts.AsNoTracking().Where(d => d.AreaId == Area.Id).OrderBy(d => d.Name).Select(d => d.Name).ToListAsync();
        Notes = await Db.ArcEvidenceNotes.AsNoTracking().Where(n => n.CycleId == Cycle.Id).OrderBy(n => n.Arc).ThenBy(n => n.AddedAt).ToListAsync();
        return Page();
    }

    /// <summary>Opens the cycle for answers (keeping a copy of the statements as they are now) or closes it.</summary>
    public async Task<IActionResult> OnPostStatusAsync(string code, int id, string to)
    {
        if (await LoadCycleAsync(code, id, run: true) is { } denied)
        {
            return denied;
        }
        if (to == AssessmentCycle.Open)
        {
            await cycles.OpenAsync(Cycle, statements);
            TempData["Notice"] = "The cycle is open: people can answer from the open link or with a code";
        }
        else
        {
            await cycles.CloseAsync(Cycle);
            TempData["Notice"] = "The cycle is closed: no more answers are taken";
        }
        return Redirect(CyclePath);
    }

    public async Task<IActionResult> OnPostOpenLinkAsync(string code, int id, bool on)
    {
        if (await LoadCycleAsync(code, id, run: true) is { } denied)
        {
            return denied;
        }
        await cycles.SetOpenLinkAsync(Cycle, on);
        TempData["Notice"] = on ? "There is a new open link: the old one no longer works" : "The open link is off: only people with a code can answer";
        return Redirect(CyclePath);
    }

    /// <summary>Makes single-use invitation codes, then offers them as a CSV for printing or mail-merge.</summary>
    public async Task<IActionResult> OnPostCodesAsync(string code, int id)
    {
        if (await LoadCycleAsync(code, id, run: true) is { } denied)
        {
            return denied;
        }
        var made = await cycles.CreateInvitationsAsync(Cycle, CodeCount, CodeGroup, CodeLocality);
        if (!made.Succeeded)
        {
            foreach (var (field, message) in made.Errors.All)
            {
                ModelState.AddModelError("Code" + field, message);
            }
            return await ShowAsync();
        }
        TempData["Notice"] = $"{made.Value!.Count} codes made. Download them as a CSV below";
        return Redirect(CyclePath);
    }

    public async Task<IActionResult> OnGetCodesAsync(string code, int id)
    {
        if (await LoadCycleAsync(code, id, run: true) is { } denied)
        {
            return denied;
        }
        var answerAt = $"{Request.Scheme}://{Request.Host}/respond";
        var rows = (await cycles.InvitationsAsync(Cycle.Id)).Select(i => (IReadOnlyList<string>)
            [i.Code, RespondentGroups.Find(i.GroupCode)?.Name ?? "Any", i.Locality ?? "", answerAt, i.UsedAt is null ? "No" : "Yes"]);
        return CsvDownload.File($"invitation-codes-{Area.Code}-{Cycle.Id}.csv", ["Code", "Group", "Locality", "Answer at", "Used"], rows);
    }

    /// <summary>The paper questionnaire template: one row per respondent, one column per statement.</summary>
    public async Task<IActionResult> OnGetResponsesTemplateAsync(string code, int id, string format = "csv")
    {
        if (await LoadCycleAsync(code, id, run: false) is { } denied)
        {
            return denied;
        }
        return CsvDownload.File(format, "self-assessment-responses", ResponsesFile.Header(), []);
    }

    /// <summary>Uploads paper questionnaires keyed into a spreadsheet: all the rows are added, or none and every problem listed.</summary>
    public async Task<IActionResult> OnPostResponsesAsync(string code, int id, IFormFile? responsesFile)
    {
        if (await LoadCycleAsync(code, id, run: true) is { } denied)
        {
            return denied;
        }
        ProblemsTitle = "The responses were not added: nothing was saved";
        if (responsesFile is null)
        {
            ModelState.AddModelError("responsesFile", "Choose a CSV or Excel file of keyed-in questionnaires");
        }
        else if (responsesFile.Length > 20_000_000)
        {
            ModelState.AddModelError("responsesFile", "The file must be smaller than 20 MB. Split it into several files");
        }
        else
        {
            using var memory = new MemoryStream();
            await responsesFile.CopyToAsync(memory);
            var fileName = FileName = Path.GetFileName(responsesFile.FileName);
            var (added, problems) = await paper.ImportAsync(Cycle, fileName, memory.ToArray());
            if (problems.Count == 0)
            {
                TempData["Notice"] = $"{added} paper responses added from {fileName}";
                return Redirect(CyclePath);
            }
            Problems = problems;
        }
        return await ShowAsync();
    }

    /// <summary>Adds a note or link of evidence about one arc.</summary>
    public async Task<IActionResult> OnPostNoteAsync(string code, int id)
    {
        if (await LoadCycleAsync(code, id, run: true) is { } denied)
        {
            return denied;
        }
        var text = NoteText?.Trim() ?? "";
        var link = NoteLink?.Trim();
        if (NoteArc is < 1 or > 8)
        {
            ModelState.AddModelError(nameof(NoteArc), "Select the arc the evidence is about");
        }
        if (text.Length == 0)
        {
            ModelState.AddModelError(nameof(NoteText), "Enter the evidence, for example what a focus group said or what an inspection found");
        }
        else if (text.Length > 4000)
        {
            ModelState.AddModelError(nameof(NoteText), $"The evidence must be 4,000 characters or fewer; it has {text.Length:N0}");
        }
        if (!string.IsNullOrEmpty(link) && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            ModelState.AddModelError(nameof(NoteLink), "Enter a full web address starting with https://, or leave it empty");
        }
        if (ModelState.ErrorCount > 0)
        {
            return await ShowAsync();
        }
        Db.ArcEvidenceNotes.Add(new ArcEvidenceNote { CycleId = Cycle.Id, Arc = NoteArc, Text = text, Link = string.IsNullOrEmpty(link) ? null : link,
            AddedBy = User.Identity?.Name ?? "unknown", AddedAt = DateTime.UtcNow });
        await Db.SaveChangesAsync();
        TempData["Notice"] = "Evidence added";
        return Redirect(CyclePath + "#evidence");
    }

    public async Task<IActionResult> OnPostRemoveNoteAsync(string code, int id, int note)
    {
        if (await LoadCycleAsync(code, id, run: true) is { } denied)
        {
            return denied;
        }
        var found = await Db.ArcEvidenceNotes.SingleOrDefaultAsync(n => n.CycleId == Cycle.Id && n.Id == note);
        if (found is null)
        {
            return NotFound();
        }
        Db.ArcEvidenceNotes.Remove(found);
        await Db.SaveChangesAsync();
        return Redirect(CyclePath + "#evidence");
    }

    /// <summary>Uploads a matrix of scores (CSV or Excel): stored whole, or nothing and every problem listed.</summary>
    public async Task<IActionResult> OnPostUploadAsync(string code, int id, IFormFile? file)
    {
        if (await LoadCycleAsync(code, id, run: true) is { } denied)
        {
            return denied;
        }
        if (file is null)
        {
            ModelState.AddModelError("file", "Choose a CSV or Excel file with the matrix of scores");
        }
        else if (file.Length > 5_000_000)
        {
            ModelState.AddModelError("file", "The file must be smaller than 5 MB. A matrix is 9 rows by 9 columns");
        }
        else
        {
            using var memory = new MemoryStream();
            await file.CopyToAsync(memory);
            var fileName = FileName = Path.GetFileName(file.FileName);
            var (matrix, problems) = await cycles.ImportMatrixAsync(Cycle, fileName, memory.ToArray(),
                string.IsNullOrWhiteSpace(Source) ? null : Source, Group, User.Identity?.Name ?? "unknown");
            if (matrix is not null)
            {
                TempData["Notice"] = $"{matrix.Cells.Count} scores added from {fileName}";
                return Redirect(CyclePath);
            }
            Problems = problems;
        }
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string code, int id, int matrix)
    {
        if (await LoadCycleAsync(code, id, run: true) is { } denied)
        {
            return denied;
        }
        return await cycles.RemoveMatrixAsync(Cycle.Id, matrix) ? Redirect(CyclePath) : NotFound();
    }
}
