using System.Net;
using System.Text.RegularExpressions;
using OneWorkforce.Data.Demo;
using Xunit;

namespace OneWorkforce.Testing;

/// <summary>Drives the pages as a browser without JavaScript would: GET a form, send it back with its antiforgery token.</summary>
public static partial class Browser
{
    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static async Task<string> TokenFromAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {url}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? formUrl = null)
    {
        var token = await TokenFromAsync(client, formUrl ?? url);
        var body = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(url, body);
    }

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, params (string Name, string Value)[] fields) =>
        SubmitAsync(client, url, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = DemoData.Password) =>
        await SubmitAsync(client, "/account/sign-in", ("Input.Email", email), ("Input.Password", password));

    public static async Task<HttpClient> SignedInClientAsync(AppFactory factory, string email, string password = DemoData.Password)
    {
        var client = factory.CreateClient();
        var response = await SignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
