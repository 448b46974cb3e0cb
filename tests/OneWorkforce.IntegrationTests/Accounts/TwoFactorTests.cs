using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using OneWorkforce.Testing;

namespace OneWorkforce.IntegrationTests.Accounts;

public sealed partial class TwoFactorTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    [GeneratedRegex("data-testid=\"authenticator-key\">([a-z0-9 ]+)<")]
    private static partial Regex KeyPattern();

    [Fact]
    public async Task Turning_on_two_factor_makes_sign_in_ask_for_the_authenticator_code()
    {
        var client = await Browser.SignedInClientAsync(factory, "admin@demo.example.org");
        var setup = await client.GetStringAsync("/account/two-factor");
        var key = KeyPattern().Match(setup).Groups[1].Value.Replace(" ", "").ToUpperInvariant();
        Assert.NotEmpty(key);

        var wrong = await Browser.SubmitAsync(client, "/account/two-factor?handler=Enable", [new("Input.Code", "000000")], "/account/two-factor");
        Assert.Contains("The code is not correct", await wrong.Content.ReadAsStringAsync());
        var enabled = await Browser.SubmitAsync(client, "/account/two-factor?handler=Enable", [new("Input.Code", Totp(key))], "/account/two-factor");
        var html = await enabled.Content.ReadAsStringAsync();
        Assert.Contains("Two-factor authentication is on", html);
        Assert.Contains("recovery-codes", html);

        var next = factory.CreateClient();
        var password = await Browser.SignInAsync(next, "admin@demo.example.org");
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/account/sign-in/code", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await next.GetAsync("/admin/areas")).StatusCode); // not signed in yet
        var code = await Browser.SubmitAsync(next, "/account/sign-in/code", [new("Input.Code", Totp(key))], "/account/sign-in/code");
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/admin/areas")).StatusCode);
    }

    /// <summary>RFC 6238 time-based one-time password, as an authenticator app makes it.</summary>
    private static string Totp(string base32Key)
    {
        var key = Base32(base32Key);
        var counter = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }
        var hash = HMACSHA1.HashData(key, message);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6");
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(text.TrimEnd('=').Select(c => Convert.ToString(alphabet.IndexOf(c), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }
}
