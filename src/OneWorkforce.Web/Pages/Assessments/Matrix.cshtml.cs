using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Data.Imports;

namespace OneWorkforce.Web.Pages.Assessments;

/// <summary>Typing in a matrix of scores (a focus group's or workshop's), and the matrix template.</summary>
public sealed class MatrixEntryModel(OneWorkforceDbContext db, AssessmentCycles cycles) : AssessmentPage(db)
{
    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public string? Group { get; set; } = RespondentGroups.Leaders;

    /// <summary>Scores by cell name "a{arc}s{stage}".</summary>
    [BindProperty]
    public Dictionary<string, string?> Cells { get; set; } = [];

    public static string CellName(int arc, int stage) => $"a{arc}s{stage}";

    public string? Typed(int arc, int stage) => Cells.GetValueOrDefault(CellName(arc, stage));

    public async Task<IActionResult> OnGetAsync(string code, int id) => await LoadCycleAsync(code, id, run: true) ?? Page();

    public async Task<IActionResult> OnPostAsync(string code, int id)
    {
        if (await LoadCycleAsync(code, id, run: true) is { } denied)
        {
            return denied;
        }
        // The same checks as an uploaded file: the grid is read as the matrix file it looks like.
        var header = new List<string> { "Arc" };
        header.AddRange(Ocwt.Stages.Select(s => s.Name));
        var rows = Ocwt.Arcs.Select(a => (a.Number + 1, (IReadOnlyList<string>)[a.Name, .. Ocwt.Stages.Select(s => Typed(a.Number, s.Number)?.Trim() ?? "")])).ToList();
        var (matrix, problems) = MatrixFile.Read("the matrix", header, rows);
        foreach (var problem in problems)
        {
            var arc = problem.Row - 1;
            var stage = MatrixFile.FindStage(problem.Column);
            ModelState.AddModelError(arc is >= 1 and <= 8 && stage is not null ? $"Cells[{CellName(arc, stage.Value)}]" : "Cells",
                arc is >= 1 and <= 8 && stage is not null ? $"{Ocwt.Arcs[arc - 1].Name}, {Ocwt.Stages[stage.Value - 1].Name.ToLowerInvariant()}: {problem.Message}" : problem.Message);
        }
        if (string.IsNullOrWhiteSpace(Source))
        {
            ModelState.AddModelError(nameof(Source), "Say where the scores come from, for example Senior managers' workshop");
        }
        if (!ModelState.IsValid || matrix is null)
        {
            return Page();
        }
        var (saved, refused) = await cycles.AddMatrixAsync(Cycle, matrix, Source!, Group, User.Identity?.Name ?? "unknown");
        if (saved is null)
        {
            ModelState.AddModelError(refused[0].Column == "group" ? nameof(Group) : nameof(Source), refused[0].Message);
            return Page();
        }
        TempData["Notice"] = $"{saved.Cells.Count} scores added from {saved.Source}";
        return Redirect(CyclePath);
    }

    /// <summary>The matrix template: stage names across, arc names down, to fill in and upload.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(string code, int id)
    {
        if (await LoadCycleAsync(code, id, run: false) is { } denied)
        {
            return denied;
        }
        var (header, rows) = MatrixFile.Template();
        return File(TableFile.WriteCsv(header, rows), TableFile.CsvContentType, "self-assessment-matrix.csv");
    }
}
