using System.Net;
using System.Text.RegularExpressions;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Accounts;

public sealed partial class InvitationTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    [GeneratedRegex(@"https://localhost(/account/(?:accept-invitation|reset-password)\?user=[^\s]+)")]
    private static partial Regex LinkPattern();

    private string LinkInMailTo(string email)
    {
        var mail = factory.Mails().Last(m => m.Contains($"To: {email}", StringComparison.OrdinalIgnoreCase));
        var body = mail.Contains("quoted-printable", StringComparison.OrdinalIgnoreCase) ? DecodeQuotedPrintable(mail) : mail;
        var match = LinkPattern().Match(body);
        Assert.True(match.Success, "No link in the email:\n" + body);
        return match.Groups[1].Value;
    }

    private static string DecodeQuotedPrintable(string text)
    {
        var joined = text.Replace("=\r\n", "").Replace("=\n", "");
        return Regex.Replace(joined, "=([0-9A-F]{2})", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
    }

    [Fact]
    public async Task An_area_lead_invites_a_manager_who_sets_a_password_and_signs_in()
    {
        var lead = await Browser.SignedInClientAsync(factory, "lead@demo.example.org");
        var invite = await Browser.SubmitAsync(lead, $"/organisations/{factory.YouthClubId}/invite",
            ("Input.DisplayName", "Rowan Youthworker"), ("Input.Email", "rowan@riverside.example.org"), ("Input.Role", "organisation-manager"));
        Assert.Equal(HttpStatusCode.OK, invite.StatusCode);
        Assert.Contains("Invitation sent", await invite.Content.ReadAsStringAsync());

        var link = LinkInMailTo("rowan@riverside.example.org");
        Assert.StartsWith("/account/accept-invitation?user=", link);
        var newcomer = factory.CreateClient();
        var tooShort = await Browser.SubmitAsync(newcomer, link, [new("Input.Password", "short")], link);
        Assert.Contains("Password must be 12 characters or more", await tooShort.Content.ReadAsStringAsync());
        var accepted = await Browser.SubmitAsync(newcomer, link, [new("Input.Password", "three random words")], link);
        Assert.Contains("Your account is ready", await accepted.Content.ReadAsStringAsync());

        var reused = await Browser.SubmitAsync(factory.CreateClient(), link, [new("Input.Password", "another password here")], link);
        Assert.Contains("has expired or has already been used", await reused.Content.ReadAsStringAsync());

        var manager = await Browser.SignedInClientAsync(factory, "rowan@riverside.example.org", "three random words");
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/organisations/{factory.YouthClubId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/organisations/{factory.NurseryId}")).StatusCode);
    }

    [Fact]
    public async Task A_lead_cannot_invite_staff_roles_and_bad_input_is_explained()
    {
        var lead = await Browser.SignedInClientAsync(factory, "lead@demo.example.org");
        var staff = await Browser.SubmitAsync(lead, $"/organisations/{factory.NurseryId}/invite",
            ("Input.DisplayName", "Sam"), ("Input.Email", "sam@example.org"), ("Input.Role", "practitioner"));
        Assert.Contains("Select a role", await staff.Content.ReadAsStringAsync());

        var bad = await Browser.SubmitAsync(lead, $"/organisations/{factory.NurseryId}/invite",
            ("Input.DisplayName", ""), ("Input.Email", "not an email"), ("Input.Role", "organisation-manager"));
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Enter the person&#x27;s full name", html);
        Assert.Contains("Enter an email address in the correct format, like name@example.com", html);
        Assert.Contains("value=\"not an email\"", html);

        var existing = await Browser.SubmitAsync(lead, $"/organisations/{factory.NurseryId}/invite",
            ("Input.DisplayName", "Dup"), ("Input.Email", "manager@demo.example.org"), ("Input.Role", "organisation-manager"));
        Assert.Contains("already has an account", await existing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_manager_invites_a_practitioner_to_their_own_organisation()
    {
        var manager = await Browser.SignedInClientAsync(factory, "manager@demo.example.org");
        var invite = await Browser.SubmitAsync(manager, $"/organisations/{factory.NurseryId}/invite",
            ("Input.DisplayName", "Ash Assistant"), ("Input.Email", "ash@acorns.example.org"), ("Input.Role", "practitioner"));
        Assert.Contains("Invitation sent", await invite.Content.ReadAsStringAsync());
        var page = await manager.GetStringAsync($"/organisations/{factory.NurseryId}");
        Assert.Contains("Ash Assistant", page);
        Assert.Contains("Invited", page);
    }

    [Fact]
    public async Task Forgotten_password_sends_a_reset_link_that_works_once()
    {
        var sent = await Browser.SubmitAsync(factory.CreateClient(), "/account/forgot-password", ("Input.Email", "practitioner@demo.example.org"));
        Assert.Contains("Check your email", await sent.Content.ReadAsStringAsync());
        var link = LinkInMailTo("practitioner@demo.example.org");
        var client = factory.CreateClient();
        var reset = await Browser.SubmitAsync(client, link, [new("Input.Password", "a brand new password")], link);
        Assert.Contains("Your password has been changed", await reset.Content.ReadAsStringAsync());
        await Browser.SignedInClientAsync(factory, "practitioner@demo.example.org", "a brand new password");

        var unknown = await Browser.SubmitAsync(factory.CreateClient(), "/account/forgot-password", ("Input.Email", "nobody@example.org"));
        Assert.Contains("Check your email", await unknown.Content.ReadAsStringAsync());
    }
}
