using System.Net.Mail;
using OneWorkforce.Core.Validation;

namespace OneWorkforce.Core.Partners;

/// <summary>
/// Someone who asked for an area's workforce development news (seed 000: 77% of organisations asked for it). Active only
/// once they confirm from the email sent to them, and until they unsubscribe; both links carry their own random token.
/// </summary>
public class NewsSubscriber
{
    public int Id { get; set; }
    public int AreaId { get; set; }
    public required string Email { get; set; }
    public string? Name { get; set; }
    public required string Token { get; set; }
    public DateTime SubscribedAt { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public DateTime? UnsubscribedAt { get; set; }

    public bool IsActive => ConfirmedAt is not null && UnsubscribedAt is null;
}

/// <summary>One update an area lead sent, and to how many people.</summary>
public class NewsSend
{
    public int Id { get; set; }
    public int AreaId { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public required string SentByUserId { get; set; }
    public DateTime SentAt { get; set; }
    public int Recipients { get; set; }
}

public static class NewsRules
{
    public static FieldErrors CheckSubscription(string? email, string? name)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(email))
        {
            errors.Add("Email", "Enter your email address");
        }
        else if (email.Trim().Length > 256 || !MailAddress.TryCreate(email.Trim(), out var address) || address.Address != email.Trim())
        {
            errors.Add("Email", "Enter an email address in the right format, like name@example.org");
        }
        if ((name?.Trim().Length ?? 0) > 100)
        {
            errors.Add("Name", "Your name must be 100 characters or fewer");
        }
        return errors;
    }

    public static FieldErrors CheckUpdate(string? subject, string? body)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(subject))
        {
            errors.Add("Subject", "Enter a subject line");
        }
        else if (subject.Trim().Length > 150)
        {
            errors.Add("Subject", "The subject must be 150 characters or fewer");
        }
        if (string.IsNullOrWhiteSpace(body))
        {
            errors.Add("Body", "Write the update");
        }
        else if (body.Trim().Length > 20_000)
        {
            errors.Add("Body", "The update must be 20,000 characters or fewer");
        }
        return errors;
    }
}
