using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Core.Imports;
using OneWorkforce.Data;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Assessments;

/// <summary>A cycle: its set-up, the evidence entered, and where to go next.</summary>
public sealed class CycleShowModel(OneWorkforceDbContext db, AssessmentCycles cycles) : AssessmentPage(db)
{
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
        Matrices = await cycles.MatricesAsync(Cycle.Id);
        return Page();
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
        Matrices = await cycles.MatricesAsync(Cycle.Id);
        return Page();
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
