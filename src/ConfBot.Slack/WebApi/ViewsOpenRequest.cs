using ConfBot.Slack.Views;

namespace ConfBot.Slack.WebApi;

/// <summary>Arguments of <c>views.open</c> and <c>views.push</c>, which take the same two.</summary>
internal sealed record ViewsOpenRequest(string TriggerId, ModalView View);
