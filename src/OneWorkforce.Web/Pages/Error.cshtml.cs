using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OneWorkforce.Web.Pages;

/// <summary>The 403, 404 and 500 pages, in the same style as the rest of the service.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";
    public IReadOnlyList<string> Lines { get; private set; } = [];

    public IActionResult OnGet(int? code) => Show(code);

    public IActionResult OnPost(int? code) => Show(code);

    private PageResult Show(int? code)
    {
        var status = code ?? 500;
        (Heading, Lines) = status switch
        {
            404 => ("Page not found", (IReadOnlyList<string>)[
                "If you typed the web address, check it is correct.",
                "If you pasted the web address, check you copied the entire address.",
            ]),
            403 => ("You do not have permission to see this page", [
                "This page belongs to another organisation or area, or needs a role you do not have.",
                "If you think you should see it, ask your organisation's manager or your area's workforce lead.",
            ]),
            400 => ("There is a problem with that request", ["Go back and try again."]),
            401 => ("You need to sign in to see this page", ["Sign in and try again."]),
            _ => ("Sorry, there is a problem with the service", [
                "Try again later.",
                "Anything you were entering has not been saved.",
            ]),
        };
        if (status is < 400 or > 599)
        {
            status = 500;
        }
        Response.StatusCode = status;
        return Page();
    }
}
