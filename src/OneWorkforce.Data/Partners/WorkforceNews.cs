using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWorkforce.Core.Partners;
using OneWorkforce.Core.Validation;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Data.Audit;
using OneWorkforce.Data.Mail;

namespace OneWorkforce.Data.Partners;

/// <summary>What the lead's news page shows: how many people get the news, are still to confirm, have left, and what was sent.</summary>
public sealed record NewsSummary(int Active, int Pending, int Unsubscribed, IReadOnlyList<NewsSend> Sends);

/// <summary>
/// Workforce development news for an area. Anyone asks for it with their email address and confirms from the email (so
/// nobody is signed up by someone else); the area lead writes an update and it goes to everyone confirmed, each with their
/// own unsubscribe link. Every send is recorded with its number of recipients.
/// </summary>
public sealed class WorkforceNews(OneWorkforceDbContext db, IMailSender mail, IOptions<SiteSettings> site, AuditLog audit, TimeProvider clock)
{
    private Uri Link(string path) => new(new Uri(site.Value.BaseUrl.TrimEnd('/') + "/"), path);

    /// <summary>Records the request and emails a confirmation link (or, for someone already getting the news, says so); the same answer either way.</summary>
    public async Task<FieldErrors> SubscribeAsync(int areaId, string? email, string? name, CancellationToken cancellationToken = default)
    {
        var errors = NewsRules.CheckSubscription(email, name);
        if (errors.Any)
        {
            return errors;
        }
        var address = email!.Trim().ToLowerInvariant();
        var areaName = await db.Areas.Where(a => a.Id == areaId).Select(a => a.Name).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var subscriber = await db.NewsSubscribers.SingleOrDefaultAsync(s => s.AreaId == areaId && s.Email == address, cancellationToken);
        if (subscriber is { ConfirmedAt: not null, UnsubscribedAt: null })
        {
            await mail.SendAsync(new MailMessageText(address, $"You already get {areaName}'s workforce news",
                $"Someone asked for {areaName}'s workforce development news for this address. You already get it, so nothing has changed.{Environment.NewLine}{Environment.NewLine}" +
                $"To stop getting it: {Link($"news/unsubscribe/{subscriber.Token}")}"), cancellationToken);
            return errors;
        }
        if (subscriber is null)
        {
            subscriber = new NewsSubscriber { AreaId = areaId, Email = address, Token = Codes.NewToken(), SubscribedAt = now };
            db.NewsSubscribers.Add(subscriber);
        }
        subscriber.Name = string.IsNullOrWhiteSpace(name) ? subscriber.Name : name.Trim();
        subscriber.ConfirmedAt = null;
        subscriber.UnsubscribedAt = null;
        subscriber.SubscribedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await mail.SendAsync(new MailMessageText(address, $"Confirm: {areaName}'s workforce news",
            $"Someone (we hope you) asked for {areaName}'s workforce development news: training, qualifications, events and what the partnership is doing.{Environment.NewLine}{Environment.NewLine}" +
            $"To start getting it, confirm here: {Link($"news/confirm/{subscriber.Token}")}{Environment.NewLine}{Environment.NewLine}If it was not you, ignore this email: nothing will be sent."),
            cancellationToken);
        return errors;
    }

    /// <summary>The subscriber's area name when the token is real (and the action done); null when it is not.</summary>
    public async Task<string?> ConfirmAsync(string token, CancellationToken cancellationToken = default) => await ChangeAsync(token, confirm: true, cancellationToken);

    public async Task<string?> UnsubscribeAsync(string token, CancellationToken cancellationToken = default) => await ChangeAsync(token, confirm: false, cancellationToken);

    public async Task<(NewsSubscriber Subscriber, string AreaName)?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        var found = await (from s in db.NewsSubscribers.AsNoTracking()
                           join a in db.Areas on s.AreaId equals a.Id
                           where s.Token == token
                           select new { s, a.Name }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.s, found.Name);
    }

    private async Task<string?> ChangeAsync(string token, bool confirm, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 40)
        {
            return null;
        }
        var subscriber = await db.NewsSubscribers.SingleOrDefaultAsync(s => s.Token == token, cancellationToken);
        if (subscriber is null)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (confirm)
        {
            subscriber.ConfirmedAt ??= now;
            subscriber.UnsubscribedAt = null;
        }
        else
        {
            subscriber.UnsubscribedAt ??= now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return await db.Areas.Where(a => a.Id == subscriber.AreaId).Select(a => a.Name).SingleAsync(cancellationToken);
    }

    /// <summary>Sends an update to everyone in the area who confirmed and has not unsubscribed, each with their own unsubscribe link.</summary>
    public async Task<(NewsSend? Sent, FieldErrors Errors)> SendAsync(int areaId, string? subject, string? body, string userId, CancellationToken cancellationToken = default)
    {
        var errors = NewsRules.CheckUpdate(subject, body);
        if (errors.Any)
        {
            return (null, errors);
        }
        var recipients = await db.NewsSubscribers.AsNoTracking().Where(s => s.AreaId == areaId && s.ConfirmedAt != null && s.UnsubscribedAt == null)
            .OrderBy(s => s.Id).Select(s => new { s.Email, s.Name, s.Token }).ToListAsync(cancellationToken);
        foreach (var r in recipients)
        {
            var text = $"{(r.Name is null ? "" : $"Dear {r.Name},{Environment.NewLine}{Environment.NewLine}")}{body!.Trim()}{Environment.NewLine}{Environment.NewLine}---{Environment.NewLine}" +
                       $"You get this because you asked for workforce development news. To stop: {Link($"news/unsubscribe/{r.Token}")}";
            await mail.SendAsync(new MailMessageText(r.Email, subject!.Trim(), text), cancellationToken);
        }
        var send = new NewsSend
        {
            AreaId = areaId, Subject = subject!.Trim(), Body = body!.Trim(), SentByUserId = userId, SentAt = clock.GetUtcNow().UtcDateTime, Recipients = recipients.Count,
        };
        db.NewsSends.Add(send);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("news-send", "NewsSend", send.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, FieldChange> { ["recipients"] = new(null, recipients.Count.ToString(CultureInfo.InvariantCulture)) }, areaId);
        await db.SaveChangesAsync(cancellationToken);
        return (send, errors);
    }

    public async Task<NewsSummary> SummaryAsync(int areaId, CancellationToken cancellationToken = default)
    {
        var subscribers = db.NewsSubscribers.AsNoTracking().Where(s => s.AreaId == areaId);
        return new NewsSummary(
            await subscribers.CountAsync(s => s.ConfirmedAt != null && s.UnsubscribedAt == null, cancellationToken),
            await subscribers.CountAsync(s => s.ConfirmedAt == null && s.UnsubscribedAt == null, cancellationToken),
            await subscribers.CountAsync(s => s.UnsubscribedAt != null, cancellationToken),
            await db.NewsSends.AsNoTracking().Where(s => s.AreaId == areaId).OrderByDescending(s => s.SentAt).Take(50).ToListAsync(cancellationToken));
    }
}
