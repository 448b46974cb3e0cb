using System.Net;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Accounts;

public sealed class SignInTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task A_missing_field_shows_the_error_summary_and_keeps_what_was_typed()
    {
        var response = await Browser.SubmitAsync(factory.CreateClient(), "/account/sign-in", ("Input.Email", "someone@example.org"), ("Input.Password", ""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Error: Sign in", html);
        Assert.Contains("There is a problem", html);
        Assert.Contains("<a href=\"#Input-Password\">Enter your password</a>", html);
        Assert.Contains("value=\"someone@example.org\"", html);
        Assert.Contains("govuk-input--error", html);
    }

    [Fact]
    public async Task A_wrong_password_does_not_say_whether_the_account_exists()
    {
        var unknown = await (await Browser.SignInAsync(factory.CreateClient(), "nobody@example.org", "wrong-password-123")).Content.ReadAsStringAsync();
        var wrong = await (await Browser.SignInAsync(factory.CreateClient(), "practitioner@demo.example.org", "wrong-password-123")).Content.ReadAsStringAsync();
        Assert.Contains("Enter a correct email address and password", unknown);
        Assert.Contains("Enter a correct email address and password", wrong);
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_for_15_minutes()
    {
        const string email = "provider@demo.example.org";
        for (var i = 0; i < 5; i++)
        {
            await Browser.SignInAsync(factory.CreateClient(), email, "not-the-password");
        }
        var response = await Browser.SignInAsync(factory.CreateClient(), email); // the right password, too late
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your account is locked", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_in_and_out_works_and_sign_out_needs_a_POST_with_a_token()
    {
        var client = await Browser.SignedInClientAsync(factory, "manager@demo.example.org");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        var forged = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        var signOut = await Browser.SubmitAsync(client, "/account/sign-out", [], "/account");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_secure_and_same_site()
    {
        var response = await Browser.SignInAsync(factory.CreateClient(), "lead@demo.example.org");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("oneworkforce-session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie);
        Assert.Contains("secure", cookie);
        Assert.Contains("samesite=lax", cookie);
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        var client = factory.CreateClient();
        var response = await Browser.SubmitAsync(client, "/account/sign-in?returnUrl=https://evil.example.org/",
            [new("Input.Email", "lead@demo.example.org"), new("Input.Password", OneWorkforce.Data.Demo.DemoData.Password), new("returnUrl", "https://evil.example.org/")],
            "/account/sign-in");
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
