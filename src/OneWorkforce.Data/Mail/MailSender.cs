using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OneWorkforce.Data.Mail;

/// <summary>A plain-text email to one person, with any files attached (a calendar invitation, for example).</summary>
public sealed record MailMessageText(string To, string Subject, string Body)
{
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];
}

/// <summary>A file attached to an email.</summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

public interface IMailSender
{
    Task SendAsync(MailMessageText message, CancellationToken cancellationToken = default);
}

/// <summary>Sends through SMTP, or writes .eml files to the pickup folder when no SMTP host is set.</summary>
public sealed class SmtpMailSender(IOptions<MailSettings> options, ILogger<SmtpMailSender> log) : IMailSender
{
    public async Task SendAsync(MailMessageText message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var mail = new MailMessage(settings.From, message.To, message.Subject, message.Body)
        {
            BodyEncoding = System.Text.Encoding.UTF8,
            SubjectEncoding = System.Text.Encoding.UTF8,
            // 8-bit keeps links whole and readable rather than folded by quoted-printable.
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.EightBit,
        };
        foreach (var file in message.Attachments)
        {
            mail.Attachments.Add(new Attachment(new MemoryStream(file.Content), file.FileName, file.ContentType));
        }
        using var client = new SmtpClient();
        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            var folder = Path.GetFullPath(settings.PickupDirectory);
            Directory.CreateDirectory(folder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = folder;
        }
        else
        {
            client.Host = settings.Smtp.Host;
            client.Port = settings.Smtp.Port;
            client.EnableSsl = settings.Smtp.EnableSsl;
            if (!string.IsNullOrEmpty(settings.Smtp.Username))
            {
                client.Credentials = new NetworkCredential(settings.Smtp.Username, settings.Smtp.Password);
            }
        }
        await client.SendMailAsync(mail, cancellationToken);
        log.LogInformation("Sent email {Subject}", message.Subject);
    }
}
