using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data;
using OneWorkforce.Data.Workforce;
using OneWorkforce.Web.Infrastructure;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Workforce;

/// <summary>
/// An upload job: its progress while it runs (the page refreshes itself, and survives a reload because the job is in the
/// database), then what it did, its messages grouped by code, and a download of every message.
/// </summary>
public sealed class WorkforceUploadStatusModel(OneWorkforceDbContext db, UploadProgressBoard board) : PageModel
{
    public const int MessagesShown = 100;

    public UploadJob Job { get; private set; } = null!;
    public UploadSummary? Summary { get; private set; }
    public IReadOnlyList<string> Files { get; private set; } = [];
    public IReadOnlyList<UploadMessageRecord> Messages { get; private set; } = [];
    public string Stage { get; private set; } = "";
    public int Percent { get; private set; }
    public long Rows { get; private set; }

    public bool Running => Job.Status is UploadJob.Queued or UploadJob.Running;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        Summary = UploadJobs.SummaryOf(Job);
        Files = await db.UploadFiles.AsNoTracking().Where(f => f.JobId == id).OrderBy(f => f.Id).Select(f => f.FileName).ToListAsync();
        (Stage, Percent, Rows) = (Job.Stage ?? "", Job.Percent, Job.RowsRead);
        if (Job.Status == UploadJob.Running && board.Get(id) is { } live)
        {
            (Stage, Percent, Rows) = (live.Stage, live.BytesTotal <= 0 ? 0 : (int)Math.Min(100, live.BytesDone * 100 / live.BytesTotal), live.Rows);
        }
        if (!Running)
        {
            Messages = await db.UploadMessages.AsNoTracking().Where(m => m.JobId == id).OrderBy(m => m.Id).Take(MessagesShown).ToListAsync();
        }
        return Page();
    }

    /// <summary>Every kept message as CSV or Excel: file, row, column, value, code, severity, message and how to fix it.</summary>
    public async Task<IActionResult> OnGetMessagesAsync(long id, string format = "csv")
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        var rows = await db.UploadMessages.AsNoTracking().Where(m => m.JobId == id).OrderBy(m => m.Id).ToListAsync();
        var messages = rows.Select(m =>
        {
            var code = MessageCodes.Find(m.Code);
            return new UploadMessage(m.Code, code.Severity, m.File, m.Row, m.Column, m.Value, m.Message, code.Fix);
        });
        return CsvDownload.File(format, $"upload-{id}-messages", UploadReport.Header, UploadReport.Rows(messages).ToList());
    }

    private async Task<IActionResult?> LoadAsync(long id)
    {
        var job = await db.UploadJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id);
        if (job is null)
        {
            return NotFound();
        }
        var user = User.Scope();
        var allowed = job.UserId == user.UserId
            || AccessRules.CanManageOrganisationsIn(user, job.AreaId)
            || (job.OrganisationId is { } organisation && AccessRules.CanManagePeopleOf(user, organisation));
        if (!allowed)
        {
            return Forbid();
        }
        Job = job;
        return null;
    }

    /// <summary>What a job did, in a few words.</summary>
    public static string Outcome(UploadJob job) => job.Status switch
    {
        UploadJob.Queued => "Waiting to start",
        UploadJob.Running => "Running",
        UploadJob.Failed => "Stopped: nothing saved",
        _ when job.Errors > 0 => $"Not saved: {job.Errors:N0} error{(job.Errors == 1 ? "" : "s")}",
        _ when job.DryRun => $"Checked: ready to upload{(job.Warnings > 0 ? $" ({job.Warnings:N0} warning{(job.Warnings == 1 ? "" : "s")})" : "")}",
        _ => $"Saved: {job.Added:N0} added, {job.Updated:N0} updated, {job.Removed:N0} removed",
    };
}
