namespace OneWorkforce.Data.Mail;

/// <summary>
/// <c>Mail:*</c> settings. With no <c>Mail:Smtp:Host</c>, mail is written as .eml files to
/// <c>Mail:PickupDirectory</c> (default <c>data/mail</c>): that is how development and tests read it.
/// </summary>
public sealed class MailSettings
{
    public string From { get; set; } = "OneWorkforce <no-reply@oneworkforce.local>";
    public string PickupDirectory { get; set; } = "data/mail";
    public SmtpSettings Smtp { get; set; } = new();
}

public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool EnableSsl { get; set; } = true;
    public string? Username { get; set; }
    public string? Password { get; set; }
}
