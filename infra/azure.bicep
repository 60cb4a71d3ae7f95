// The Social Value Assistant in a council's Azure subscription: a Linux App Service running the bot
// (Node 20, `npm start`), and an Azure Bot (single tenant) pointing at it with the Teams channel on.
// Deployed by `atk provision` (m365agents.yml, arm/deploy) with infra/azure.parameters.json, or by
//   az deployment group create -g <group> -f infra/azure.bicep -p resourceBaseName=... botAadAppClientId=... botAadAppClientSecret=...
// App settings are the bot's own environment variables (src/config.ts and README "Environment variables").

@minLength(4)
@maxLength(20)
@description('Prefix of every resource name, e.g. svastockport.')
param resourceBaseName string

@description('Microsoft App ID of the bot\'s Microsoft Entra app registration (BOT_ID).')
param botAadAppClientId string

@secure()
@description('Client secret of that app registration (SECRET_BOT_PASSWORD).')
param botAadAppClientSecret string

@description('Tenant of that app registration: the council\'s own (empty: the deployment\'s tenant).')
param botAadAppTenantId string = ''

param botDisplayName string = 'Social Value Assistant'

@allowed(['F0', 'S1'])
@description('Azure Bot pricing tier; Teams messages are free on both.')
param botServiceSku string = 'F0'

@description('App Service plan; B1 or above keeps the bot always on.')
param webAppSku string = 'B1'

param location string = resourceGroup().location

@allowed(['', 'stockport', 'trafford', 'cheshire-west-and-chester'])
param defaultCouncil string = ''

@allowed(['', 'debug', 'info', 'warn', 'error'])
param logLevel string = 'info'

@allowed(['', 'lowdb', 'azure-blob'])
@description('lowdb (default): one instance, a file on the App Service\'s persistent /home share. azure-blob: several instances sharing a container.')
param storage string = 'lowdb'

@secure()
@description('Required when storage is azure-blob.')
param azureStorageConnectionString string = ''

param azureStorageContainer string = ''

@description('Comma-separated Microsoft Entra tenant ids whose users are served; empty: the council\'s own tenant only.')
param allowedTenants string = ''

param checklistApproversStockport string = ''
param checklistApproversTrafford string = ''
param checklistApproversCheshireWestAndChester string = ''

@description('Microsoft Graph app-only credentials (all three or none): line managers approve PID exemptions.')
param graphTenantId string = ''
param graphClientId string = ''
@secure()
param graphClientSecret string = ''

param steeringGroupMembers string = ''
param steeringGroupChairs string = ''
param steeringGroupTeams string = ''
param actionPlanLeads string = ''

var tenantId = empty(botAadAppTenantId) ? tenant().tenantId : botAadAppTenantId
var serverfarmsName = '${resourceBaseName}-plan'
var webAppName = '${resourceBaseName}-bot'
var botServiceName = resourceBaseName

resource serverfarm 'Microsoft.Web/serverfarms@2022-09-01' = {
  name: serverfarmsName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'npm start'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// Separate from the site so PUBLIC_URL can use the host name Azure gives it.
resource webAppSettings 'Microsoft.Web/sites/config@2022-09-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    // the deployment: App Service installs production dependencies from the uploaded source
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
    CUSTOM_BUILD_COMMAND: 'npm ci --omit=dev --no-audit --no-fund'
    NODE_ENV: 'production'
    // the bot (PORT is set by App Service)
    MicrosoftAppId: botAadAppClientId
    MicrosoftAppPassword: botAadAppClientSecret
    MicrosoftAppType: 'SingleTenant'
    MicrosoftAppTenantId: tenantId
    ALLOWED_TENANTS: empty(allowedTenants) ? tenantId : allowedTenants
    PUBLIC_URL: 'https://${webApp.properties.defaultHostName}'
    DEFAULT_COUNCIL: defaultCouncil
    LOG_LEVEL: empty(logLevel) ? 'info' : logLevel
    STORAGE: empty(storage) ? 'lowdb' : storage
    DB_FILE: '/home/data/db.json'
    AZURE_STORAGE_CONNECTION_STRING: azureStorageConnectionString
    AZURE_STORAGE_CONTAINER: azureStorageContainer
    CHECKLIST_APPROVERS_STOCKPORT: checklistApproversStockport
    CHECKLIST_APPROVERS_TRAFFORD: checklistApproversTrafford
    CHECKLIST_APPROVERS_CHESHIRE_WEST_AND_CHESTER: checklistApproversCheshireWestAndChester
    GRAPH_TENANT_ID: graphTenantId
    GRAPH_CLIENT_ID: graphClientId
    GRAPH_CLIENT_SECRET: graphClientSecret
    STEERING_GROUP_MEMBERS: steeringGroupMembers
    STEERING_GROUP_CHAIRS: steeringGroupChairs
    STEERING_GROUP_TEAMS: steeringGroupTeams
    ACTION_PLAN_LEADS: actionPlanLeads
  }
}

resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botServiceName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botServiceSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAadAppClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
  }
}

resource botServiceMsTeamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

// Written to env/.env.<env> by the toolkit (m365agents.yml uses them for deploy and the app package).
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
