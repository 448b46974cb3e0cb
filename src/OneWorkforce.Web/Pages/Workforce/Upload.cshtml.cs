using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data;
using OneWorkforce.Data.Workforce;
using OneWorkforce.Data.Workforce.Intelligence;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Workforce;

/// <summary>
/// Upload workforce files: an area lead for the whole area (organisations, workers, training records), a manager for
/// their own organisation. The files are checked and saved by a background job; the status page follows it.
/// </summary>
public sealed class WorkforceUploadModel(OneWorkforceDbContext db, UploadJobs jobs, IOptions<WorkforceSettings> settings) : PageModel
{
    public static readonly IReadOnlyList<CodeListItem> DryRunChoice = [new("yes", "Check the files only: save nothing")];

    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    [BindProperty] public List<string> DryRun { get; set; } = [];

    public string Scope { get; private set; } = "";
    public bool ForArea { get; private set; }
    public long MaxBytes => settings.Value.MaxUploadBytes;
    public IReadOnlyList<UploadJob> Recent { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        var files = Files.Where(f => f.Length > 0).ToList();
        var total = files.Sum(f => f.Length);
        if (Files.Count == 0)
        {
            ModelState.AddModelError(nameof(Files), "Select one or more CSV or Excel files to upload");
        }
        else if (files.Count == 0)
        {
            ModelState.AddModelError(nameof(Files), $"{string.Join(", ", Files.Select(f => Path.GetFileName(f.FileName)))}: the file is empty (0 bytes). Check you chose the right file, and save it again from your spreadsheet");
        }
        else if (total > MaxBytes)
        {
            ModelState.AddModelError(nameof(Files), $"The files come to {Megabytes(total)}; the most you can upload at once is {Megabytes(MaxBytes)}. Upload the workers file on its own, or split it into smaller files by organisation");
        }
        else if (files.FirstOrDefault(f => !f.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !f.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) is { } other)
        {
            ModelState.AddModelError(nameof(Files), $"{Path.GetFileName(other.FileName)} is not a CSV or Excel (.xlsx) file. Save it from your spreadsheet as CSV UTF-8 or as an Excel workbook");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = User.Scope();
        var contents = new List<(string, byte[])>();
        foreach (var file in files)
        {
            using var memory = new MemoryStream((int)file.Length);
            await file.CopyToAsync(memory);
            contents.Add((Path.GetFileName(file.FileName), memory.ToArray()));
        }
        var job = await jobs.CreateAsync(user.AreaId!.Value, ForArea ? null : user.OrganisationId, user.UserId, DryRun.Contains("yes"), contents);
        return Redirect($"/workforce/uploads/{job.Id}");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var user = User.Scope();
        ForArea = user.AreaId is { } area && AccessRules.CanManageOrganisationsIn(user, area);
        var forOrganisation = user.OrganisationId is { } organisation && AccessRules.CanManagePeopleOf(user, organisation);
        if (!ForArea && !forOrganisation)
        {
            return Forbid();
        }
        Scope = ForArea
            ? await db.Areas.Where(a => a.Id == user.AreaId).Select(a => a.Name).SingleAsync()
            : await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.Name).SingleAsync();
        Recent = await db.UploadJobs.AsNoTracking()
            .Where(j => ForArea ? j.AreaId == user.AreaId : j.OrganisationId == user.OrganisationId)
            .OrderByDescending(j => j.Id).Take(10).ToListAsync();
        return null;
    }

    public static string Megabytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024.0 / 1024.0:0.#} MB" : $"{Math.Max(1, bytes / 1024):N0} KB";
}
